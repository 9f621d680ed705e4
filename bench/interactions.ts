// Interaction ingestion over real HTTP: interactions/s stored through POST /api/v1/interactions in batches
// of 1,000 (each item checked, its customer resolved, rows inserted by multi-row statements, one transaction
// a batch), on PGlite and, with BENCH_DATABASE_URL, PostgreSQL (a fresh database, dropped at the end).
// Three runs per engine: batches whose customers are all new (an initial load), batches of known customers
// (steady state), and one interaction per request (what batching saves); against a bare Fastify route that
// only parses the same batches, measured next to each engine's run. Run: npm run bench -- interactions
import Fastify from "fastify";
import { createTestApp, seedWorkspace } from "../packages/server/src/testing/test-app.ts";
import type { Engine } from "../packages/server/src/testing/test-database.ts";
import { type LoadSpec, runLoad } from "./load.ts";

const BATCH = 1000;
/** Each batch names 250 customers, 4 events each: a day of logins, transfers and calls. */
const CUSTOMERS_PER_BATCH = 250;
const TEMPLATES = 4;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 24);
const SINGLES = Number(process.env.BENCH_REQUESTS ?? 1500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const SINGLE_CONCURRENCY = 16;
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const available: Engine[] = process.env.BENCH_DATABASE_URL ? ["postgres", "embedded"] : ["embedded"];
const engines = available.filter((engine) => process.env.BENCH_ENGINES?.split(",").includes(engine) ?? true);

const CHANNELS = ["app", "web", "branch", "phone"];
const TYPES = ["login", "transfer", "call", "complaint"];

/** Customer c is always named the same way: by email, by a phone in local form, or by a CRM id. */
function reference(c: number) {
  if (c % 3 === 0) return { email: `khach.${c}@bench.vn`, name: `Khách ${c}` };
  if (c % 3 === 1) return { phone: `09${String(c).padStart(8, "0")}` };
  return { externalId: `KH-${c}` };
}

/** An interaction; "RUN-{{n}}" in its event id becomes the run's name and the request number. */
function item(c: number, i: number) {
  return {
    eventId: `RUN-{{n}}-${i}`,
    customer: reference(c),
    channel: CHANNELS[i % CHANNELS.length],
    touchpoint: `tp_${i % 12}`,
    type: TYPES[i % TYPES.length],
    occurredAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    outcome: i % 10 === 0 ? "failure" : "success",
    ...(i % 4 === 2 ? { durationSeconds: 60 + (i % 300), agent: `agent-${i % 20}` } : {}),
    ...(i % 7 === 0 ? { note: "Khách phàn nàn phí chuyển khoản", effort: 3 } : {}),
    metadata: { device: i % 2 ? "ios" : "android" },
  };
}

/** Template k covers customers k·250 … k·250+249, so the templates together name 1,000 customers. */
const batches = Array.from({ length: TEMPLATES }, (_, k) =>
  JSON.stringify({
    interactions: Array.from({ length: BATCH }, (_, i) =>
      item(k * CUSTOMERS_PER_BATCH + (i % CUSTOMERS_PER_BATCH), i),
    ),
  }),
);
const singles = Array.from({ length: 50 }, (_, i) =>
  JSON.stringify(item((i * 37) % (TEMPLATES * CUSTOMERS_PER_BATCH), i)),
);

const named = (bodies: string[], run: string) => bodies.map((body) => body.replaceAll("RUN-", `${run}-`));

async function timed(spec: Omit<LoadSpec, "bodies">, bodies: string[], perRequest: number) {
  const cpuBefore = process.threadCpuUsage();
  const result = await runLoad({ ...spec, bodies });
  const cpu = process.threadCpuUsage(cpuBefore);
  const interactions = spec.requests * perRequest;
  return {
    interactionsPerSecond: Math.round(interactions / result.seconds),
    requestsPerSecond: Math.round((spec.requests / result.seconds) * 100) / 100,
    statuses: result.statuses,
    serverCpuUsPerInteraction: Math.round((cpu.user + cpu.system) / interactions),
  };
}

async function listen(app: { listen: (o: object) => Promise<string>; server: { address(): unknown } }) {
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address() as { port: number } | null;
  return `http://127.0.0.1:${address?.port ?? 0}`;
}

async function bareBaseline() {
  const app = Fastify({ logger: false, bodyLimit: 16 * 1024 * 1024 });
  app.post("/bare", async () => ({ ok: true }));
  const base = await listen(app);
  const spec = {
    url: `${base}/bare`,
    method: "POST" as const,
    headers: { "content-type": "application/json" },
  };
  await runLoad({ ...spec, bodies: batches, requests: TEMPLATES, concurrency: CONCURRENCY });
  const result = await timed({ ...spec, requests: BATCHES, concurrency: CONCURRENCY }, batches, BATCH);
  await app.close();
  return result;
}

for (const engine of engines) {
  const baseline = await bareBaseline();
  const t = await createTestApp(engine);
  const ws = await seedWorkspace(t);
  const base = await listen(t.app);
  const spec = {
    url: `${base}/api/v1/interactions`,
    method: "POST" as const,
    headers: { "content-type": "application/json", authorization: `Bearer ${ws.keys.agent}` },
  };
  // Each template once: every customer is new (created with its identity, search text and profile event).
  const newCustomers = await timed(
    { ...spec, requests: TEMPLATES, concurrency: 1 },
    named(batches, "new"),
    BATCH,
  );
  const knownCustomers = await timed(
    { ...spec, requests: BATCHES, concurrency: CONCURRENCY },
    named(batches, "known"),
    BATCH,
  );
  const single = await timed(
    { ...spec, requests: SINGLES, concurrency: SINGLE_CONCURRENCY },
    named(singles, "single"),
    1,
  );
  console.log(
    JSON.stringify({
      bench: "interactions",
      engine,
      batchSize: BATCH,
      customersPerBatch: CUSTOMERS_PER_BATCH,
      concurrency: CONCURRENCY,
      newCustomers,
      knownCustomers,
      single,
      bareFastifyInteractionsPerSecond: baseline.interactionsPerSecond,
      ratioKnownToBare:
        Math.round((knownCustomers.interactionsPerSecond / baseline.interactionsPerSecond) * 1000) / 1000,
      batchOverSingle:
        Math.round((knownCustomers.interactionsPerSecond / single.interactionsPerSecond) * 10) / 10,
    }),
  );
  await t.dispose();
}
