// Ingestion throughput over real HTTP: accepted responses/s (validation + logic + idempotency + outbox job
// in one transaction) on PGlite and, with BENCH_DATABASE_URL, PostgreSQL (in a fresh database, dropped at
// the end); against a bare Fastify route on the same machine, measured next to each engine's run. Also the
// server thread's CPU time per request for both. Run: npm run bench -- ingest
import { exampleNpsSurvey } from "@touchpoint/core";
import Fastify from "fastify";
import { createTestApp, seedWorkspace } from "../packages/server/src/testing/test-app.ts";
import type { Engine } from "../packages/server/src/testing/test-database.ts";
import { type LoadSpec, runLoad } from "./load.ts";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 300);
/** The bare route runs several times faster: more requests give it a comparable, less noisy duration. */
const BASELINE_REQUESTS = Number(process.env.BENCH_BASELINE_REQUESTS ?? 4 * REQUESTS);
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const available: Engine[] = process.env.BENCH_DATABASE_URL ? ["postgres", "embedded"] : ["embedded"];
// BENCH_ENGINES=postgres runs one engine, e.g. under a profiler.
const engines = available.filter((engine) => process.env.BENCH_ENGINES?.split(",").includes(engine) ?? true);

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

/**
 * A short untimed run first (JIT, connection pool, caches), then the timed one, with the CPU time the
 * server's thread spent per request: a figure that moves much less than requests/s when other work shares
 * the machine. The load generator runs in its own thread and is not counted.
 */
async function timedLoad(spec: Omit<LoadSpec, "requests" | "concurrency">, requests = REQUESTS) {
  await runLoad({
    ...spec,
    bodies: spec.bodies.map((body) => body.replaceAll("bench-", "warm-up-")),
    requests: WARM_UP,
    concurrency: CONCURRENCY,
  });
  const cpuBefore = process.threadCpuUsage();
  const result = await runLoad({ ...spec, requests, concurrency: CONCURRENCY });
  const cpu = process.threadCpuUsage(cpuBefore);
  return { ...result, serverCpuUsPerRequest: Math.round((cpu.user + cpu.system) / requests) };
}

async function bareBaseline() {
  const app = Fastify({ logger: false });
  app.post("/bare", async () => ({ ok: true }));
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const result = await timedLoad(
    {
      url: `http://127.0.0.1:${port}/bare`,
      method: "POST",
      headers: { "content-type": "application/json" },
      bodies,
    },
    BASELINE_REQUESTS,
  );
  await app.close();
  return result;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

for (const engine of engines) {
  // Measured next to each engine's run, so both see the same load from the rest of the machine.
  const baseline = await bareBaseline();
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
  const ingest = await timedLoad({
    url: `http://127.0.0.1:${port}/api/v1/surveys/${surveyId}/responses`,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ws.keys.agent}` },
    bodies,
  });
  console.log(
    JSON.stringify({
      bench: "ingest",
      engine,
      concurrency: CONCURRENCY,
      acceptedPerSecond: ingest.perSecond,
      statuses: ingest.statuses,
      bareFastifyPerSecond: baseline.perSecond,
      ratio: ratio(ingest.perSecond, baseline.perSecond),
      serverCpuUsPerResponse: ingest.serverCpuUsPerRequest,
      bareFastifyCpuUsPerRequest: baseline.serverCpuUsPerRequest,
      cpuRatio: ratio(baseline.serverCpuUsPerRequest, ingest.serverCpuUsPerRequest),
    }),
  );
  await t.dispose();
}
