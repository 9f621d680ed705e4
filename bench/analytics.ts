// Analytics reads at 1M responses (10M with --large) on PostgreSQL: generates a survey's responses in SQL
// (skewed channels, customer segments, two years of dates, NPS + CSAT + CES + three rating predictors),
// times the rollup rebuild, then prints p50/p95 latency of the dashboard's reads from the rollups and from
// the raw rows, against the same aggregates over typed arrays in this process (the in-memory baseline).
// Run: npm run bench -- analytics  (PostgreSQL from BENCH_DATABASE_URL, DATABASE_URL or the local test server)
import { sql } from "drizzle-orm";
import { rebuildRollups } from "../packages/server/src/modules/analytics/rebuild.ts";
import { localDate } from "../packages/server/src/modules/analytics/rollup-test-fixtures.ts";
import {
  type Prefer,
  readChoiceCounts,
  readCompletion,
  readPairMoments,
  readScoreStats,
  type StatsScope,
} from "../packages/server/src/modules/analytics/stats-reader.ts";
import { newId } from "../packages/server/src/platform/ids.ts";
import { createTestDatabase } from "../packages/server/src/testing/test-database.ts";
import { type Baseline, loadBaseline } from "./analytics-baseline.ts";
import { round } from "./measure.ts";

const LARGE = process.argv.includes("--large") || process.env.BENCH_LARGE === "1";
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? (LARGE ? 10_000_000 : 1_000_000));
const OPERATIONS = Number(process.env.BENCH_OPERATIONS ?? 30);
/** Raw reads scan the survey's rows: fewer timed runs keep the benchmark's CPU share modest. */
const RAW_OPERATIONS = Math.max(3, Math.round(OPERATIONS / 6));
const CHUNK = 250_000;
process.env.TEST_DATABASE_URL ??=
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const CHANNELS = ["app", "web", "branch", "call_center", "email"];
const PREDICTORS = ["csat", "ces", "speed", "staff", "app_ease"];
const DRIVERS = ["nps", ...PREDICTORS];

async function latency(operations: number, operation: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(3, operations); i++) await operation();
  const times: number[] = [];
  for (let i = 0; i < operations; i++) {
    const start = performance.now();
    await operation();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}

const testDb = await createTestDatabase("postgres");
const { database } = testDb;
const { db } = database;
// One core for PostgreSQL's side of each query: the machine is shared.
await db.execute(
  sql.raw(
    `alter database ${new URL(testDb.url ?? "").pathname.slice(1)} set max_parallel_workers_per_gather = 0`,
  ),
);
const workspaceId = newId();
const surveyId = newId();
await db.execute(sql`insert into workspaces (workspace_id, slug, name, time_zone)
  values (${workspaceId}, ${`bench-${workspaceId}`}, 'Bench bank', ${TIME_ZONE})`);

const generateStarted = performance.now();
for (let done = 0; done < RESPONSES; done += CHUNK) {
  const size = Math.min(CHUNK, RESPONSES - done);
  // s: the customer's latent satisfaction, shared by every score, so the predictors correlate with NPS.
  // Segments: 20k customers, a fifth of them "premium" and happier; recent days are busier.
  await db.execute(sql`insert into responses
      (workspace_id, id, survey_id, survey_version, status, answers, hidden, language, channel, customer_id,
       started_at, completed_at, created_at, updated_at, counted)
    select ${workspaceId}, gen_random_uuid(), ${surveyId}, 1, 'completed',
      jsonb_strip_nulls(jsonb_build_object(
        'nps', least(10, greatest(0, round(s * 10 + (random() - 0.5) * 4))),
        'csat', case when random() < 0.1 then null else least(5, greatest(1, round(1 + s * 4 + (random() - 0.5) * 2))) end,
        'ces', case when random() < 0.15 then null else least(7, greatest(1, round(1 + s * 6 + (random() - 0.5) * 3))) end,
        'speed', case when random() < 0.2 then null else least(5, greatest(1, round(1 + s * 4 + (random() - 0.5) * 3))) end,
        'staff', case when random() < 0.2 then null else least(5, greatest(1, round(1 + s * 4 + (random() - 0.5) * 2.5))) end,
        'app_ease', case when channel <> 'app' then null else least(5, greatest(1, round(1 + s * 4 + (random() - 0.5) * 2))) end,
        'reason', case when random() < 0.3 then null else jsonb_build_object('choice',
          (array['price', 'speed', 'staff', 'app', 'fees', 'other'])[1 + floor(random() * 6)::int]) end)),
      jsonb_build_object('segment', case when premium then 'premium' else 'mass' end),
      case when random() < 0.82 then 'vi' else 'en' end, channel, customer_id,
      completed_at - (20 + floor(exp(random() * 6)))::int * interval '1 second', completed_at, completed_at, completed_at, true
    from (
      select g, channel, customer_id, premium, completed_at,
        least(1, greatest(0, 0.62 + (case when premium then 0.12 else 0 end) + (random() + random() + random() - 1.5) * 0.35)) as s
      from (
        select g,
          (array['app', 'app', 'app', 'app', 'web', 'web', 'web', 'branch', 'branch', 'call_center', 'email'])[1 + floor(random() * 11)::int] as channel,
          md5('customer' || (g % 20000))::uuid as customer_id, g % 20000 < 4000 as premium,
          now() - (power(random(), 1.3) * 730) * interval '1 day' as completed_at
        from generate_series(${done + 1}::int8, ${done + size}::int8) g
      ) base
    ) x`);
  console.error(`generated ${done + size} responses`);
}
await db.execute(sql`analyze responses`);
const generateSeconds = round((performance.now() - generateStarted) / 1000);

const rebuildStarted = performance.now();
await rebuildRollups(database, { workspaceId, surveyId });
const rebuildSeconds = round((performance.now() - rebuildStarted) / 1000);
console.error(`generated in ${generateSeconds} s, rebuilt in ${rebuildSeconds} s`);
await db.execute(sql`analyze`);

const today = localDate(new Date(), TIME_ZONE);
const daysAgo = (days: number) => localDate(new Date(Date.now() - days * 86_400_000), TIME_ZONE);
const whole: StatsScope = { workspaceId, timeZone: TIME_ZONE, surveyId };
const lastYear: StatsScope = { ...whole, from: daysAgo(364), to: today };
const period: StatsScope = { ...whole, from: daysAgo(89), to: today };
const previous: StatsScope = { ...whole, from: daysAgo(179), to: daysAgo(90) };

/** One read after another: a raw read keeps several connections busy for seconds, the pool holds five. */
const inTurn = async (reads: (() => Promise<unknown>)[]) => {
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results;
};
const reads = {
  summary: (prefer: Prefer) =>
    inTurn([
      () => readScoreStats(database, whole, "nps", undefined, prefer),
      () => readScoreStats(database, whole, "csat", undefined, prefer),
      () => readScoreStats(database, whole, "ces", undefined, prefer),
      () => readChoiceCounts(database, whole, "reason", undefined, prefer),
      () => readCompletion(database, whole, prefer),
    ]),
  npsWeekByChannel: (prefer: Prefer) =>
    inTurn(
      CHANNELS.map(
        (channel) => () =>
          readScoreStats(database, { ...lastYear, channels: [channel] }, "nps", { kind: "week" }, prefer),
      ),
    ),
  periodComparison: (prefer: Prefer) =>
    inTurn([
      () => readScoreStats(database, period, "nps", undefined, prefer),
      () => readScoreStats(database, previous, "nps", undefined, prefer),
    ]),
  pairMoments: (prefer: Prefer) => readPairMoments(database, whole, DRIVERS, prefer),
};

const loadStarted = performance.now();
const baseline: Baseline = await loadBaseline(db, workspaceId, surveyId, TIME_ZONE);
const loadSeconds = round((performance.now() - loadStarted) / 1000);
const inMemory = {
  summary: () => baseline.summary(),
  npsWeekByChannel: () => baseline.npsWeekByChannel(lastYear.from ?? "", today),
  periodComparison: () => baseline.periodComparison(period, previous),
  pairMoments: () => baseline.pairMoments(DRIVERS),
};

const figures: Record<string, unknown> = {};
for (const name of Object.keys(reads) as (keyof typeof reads)[]) {
  const rollup = await latency(OPERATIONS, () => reads[name]("rollup"));
  const raw = await latency(RAW_OPERATIONS, () => reads[name]("raw"));
  const typedArray = await latency(OPERATIONS, async () => inMemory[name]());
  figures[name] = {
    rollup,
    raw,
    typedArray,
    rawToRollup: round(raw.p50Ms / rollup.p50Ms),
    rollupToTypedArray: round(rollup.p50Ms / typedArray.p50Ms),
  };
}

// The rollups answer what the raw rows answer: one check at this scale, besides the tests' property test.
const [rollupSummary, rawSummary] = [await reads.summary("rollup"), await reads.summary("raw")];
const agree =
  JSON.stringify(rollupSummary.map((r) => ({ ...(r as object), source: "" }))) ===
  JSON.stringify(rawSummary.map((r) => ({ ...(r as object), source: "" })));

console.log(
  JSON.stringify({
    bench: "analytics",
    engine: "postgres",
    responses: RESPONSES,
    operations: { rollup: OPERATIONS, raw: RAW_OPERATIONS },
    generateSeconds,
    rebuildSeconds,
    baselineLoadSeconds: loadSeconds,
    rollupsAgreeWithRaw: agree,
    ...figures,
  }),
);
await testDb.dispose();
