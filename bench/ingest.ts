// Ingestion throughput over real HTTP: accepted responses/s (validation + logic + idempotency + outbox job
// in one transaction) on PGlite and, with BENCH_DATABASE_URL, PostgreSQL; against a bare Fastify route on the
// same machine in the same run. Run: npm run bench -- ingest
import { exampleNpsSurvey } from "@touchpoint/core";
import Fastify from "fastify";
import { createTestApp, seedWorkspace } from "../packages/server/src/testing/test-app.ts";
import type { Engine } from "../packages/server/src/testing/test-database.ts";
import { runLoad } from "./load.ts";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const engines: Engine[] = process.env.BENCH_DATABASE_URL ? ["postgres", "embedded"] : ["embedded"];

const bodies = [
  {
    answers: { nps: 3, reason: "Chờ quá lâu ở quầy giao dịch", csat: 2, channel_used: "branch" },
    hidden: { touchpoint: "counter", order_id: "HD-{{n}}" },
    channel: "branch",
    clientResponseId: "bench-{{n}}",
  },
  {
    answers: { nps: 9, csat: 5, channel_used: "app" },
    hidden: { touchpoint: "app" },
    channel: "app",
    language: "en",
    clientResponseId: "bench-{{n}}",
  },
].map((body) => JSON.stringify(body));

async function bareBaseline() {
  const app = Fastify({ logger: false });
  app.post("/bare", async () => ({ ok: true }));
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const result = await runLoad({
    url: `http://127.0.0.1:${port}/bare`,
    method: "POST",
    headers: { "content-type": "application/json" },
    bodies,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
  });
  await app.close();
  return result;
}

const baseline = await bareBaseline();
for (const engine of engines) {
  const t = await createTestApp(engine);
  const ws = await seedWorkspace(t);
  const created = await t.app.inject({
    method: "POST",
    url: "/api/v1/surveys",
    headers: { authorization: `Bearer ${ws.keys.analyst}` },
    payload: { definition: exampleNpsSurvey() },
  });
  const surveyId = (created.json() as { id: string }).id;
  await t.app.inject({
    method: "POST",
    url: `/api/v1/surveys/${surveyId}/status`,
    headers: { authorization: `Bearer ${ws.keys.analyst}` },
    payload: { status: "live" },
  });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  const address = t.app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const ingest = await runLoad({
    url: `http://127.0.0.1:${port}/api/v1/surveys/${surveyId}/responses`,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ws.keys.agent}` },
    bodies,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
  });
  console.log(
    JSON.stringify({
      bench: "ingest",
      engine,
      concurrency: CONCURRENCY,
      acceptedPerSecond: ingest.perSecond,
      statuses: ingest.statuses,
      bareFastifyPerSecond: baseline.perSecond,
      ratio: Math.round((ingest.perSecond / baseline.perSecond) * 1000) / 1000,
    }),
  );
  await t.dispose();
}
