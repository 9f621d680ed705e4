// Analytics reads at 1M responses (10M with --large) on PostgreSQL: generates a survey's responses in SQL
// (skewed channels, customer segments, two years of dates, NPS + CSAT + CES + three rating predictors),
// times the rollup rebuild (daily and monthly levels), then prints p50/p95 latency of the dashboard's reads
// from the rollups and from the raw rows, against the same aggregates over typed arrays in this process
// (the in-memory baseline). The benchmark's database is dropped at the end.
// Run: npm run bench -- analytics  (PostgreSQL from BENCH_DATABASE_URL, DATABASE_URL or the local test server)
import { setTimeout } from "node:timers/promises";
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
/**
 * Raw reads scan the survey's rows: fewer timed runs keep the benchmark's CPU share modest. At 10M one
 * raw summary takes minutes, so the large run times each raw read once, without a warm-up run.
 */
const RAW_OPERATIONS = Number(
  process.env.BENCH_RAW_OPERATIONS ?? (LARGE ? 1 : Math.max(3, Math.round(OPERATIONS / 6))),
);
const RAW_WARMUPS = LARGE ? 0 : Math.min(3, RAW_OPERATIONS);
/** PostgreSQL's work_mem for the benchmark's database (BENCH_WORK_MEM, e.g. 256MB); the server's default if unset. */
const WORK_MEM = process.env.BENCH_WORK_MEM;
console.error(`raw reads: ${RAW_OPERATIONS} timed run(s) each after ${RAW_WARMUPS} warm-up run(s)`);
const CHUNK = 250_000;
process.env.TEST_DATABASE_URL ??=
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const CHANNELS = ["app", "web", "branch", "call_center", "email"];
const PREDICTORS = ["csat", "ces", "speed", "staff", "app_ease"];
const DRIVERS = ["nps", ...PREDICTORS];

/** p50/p95 of `operations` timed runs after `warmups` untimed ones, and the last run's result. */
async function latency<T>(
  operations: number,
  operation: () => Promise<T>,
  warmups = Math.min(3, operations),
) {
  for (let i = 0; i < warmups; i++) await operation();
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < operations; i++) {
    const start = performance.now();
    last = await operation();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { p50Ms: at(0.5), p95Ms: at(0.95), last };
}

const testDb = await createTestDatabase("postgres");
const { database } = testDb;
const { db } = database;
// One core for PostgreSQL's side of each query: the machine is shared.
const databaseName = new URL(testDb.url ?? "").pathname.slice(1);
await db.execute(sql.raw(`alter database ${databaseName} set max_parallel_workers_per_gather = 0`));
if (WORK_MEM !== undefined) {
  await db.execute(
    sql.raw(`alter database ${databaseName} set work_mem = ${`'${WORK_MEM.replace(/'/g, "")}'`}`),
  );
}
// pg.Pool closes a client idle for 10 s: after that every connection is new and has the settings above
// (the migrations' connection, opened before them, would not).
await setTimeout(11_000);
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
/** Starts and ends within a month: months from the monthly rollups, the ends from the daily ones. */
const lastYearSummary = [lastYear.from ?? "", today] as const;
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
  summaryLastYear: (prefer: Prefer) =>
    inTurn([
      () => readScoreStats(database, lastYear, "nps", undefined, prefer),
      () => readScoreStats(database, lastYear, "csat", undefined, prefer),
      () => readScoreStats(database, lastYear, "ces", undefined, prefer),
      () => readChoiceCounts(database, lastYear, "reason", undefined, prefer),
      () => readCompletion(database, lastYear, prefer),
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
  summaryLastYear: () => baseline.summary(...lastYearSummary),
  npsWeekByChannel: () => baseline.npsWeekByChannel(lastYear.from ?? "", today),
  periodComparison: () => baseline.periodComparison(period, previous),
  pairMoments: () => baseline.pairMoments(DRIVERS),
};

/** Rows of the rollups at each level: what a read over the whole range walks. */
const rollupRowCounts = Object.fromEntries(
  await Promise.all(
    ["analytics_completions", "analytics_durations", "analytics_pairs"].flatMap((table) =>
      [table, `${table}_monthly`].map(async (name) => {
        const result = (await db.execute(
          sql`select count(*)::int as n from ${sql.identifier(name)} where survey_id = ${surveyId}`,
        )) as unknown as { rows: { n: number }[] };
        return [name, result.rows[0]?.n ?? 0];
      }),
    ),
  ),
);

// Rollups, then typed arrays, then raw rows, each figure printed as it comes: at 10M the raw reads take
// many minutes, and the cheap figures should not wait for them.
type Timing = { p50Ms: number; p95Ms: number };
const names = Object.keys(reads) as (keyof typeof reads)[];
const timings = Object.fromEntries(names.map((name) => [name, {} as Record<string, Timing>]));
const results: Partial<Record<"rollup" | "raw", unknown>> = {};
const record = (name: keyof typeof reads, path: string, { p50Ms, p95Ms }: Timing) => {
  (timings[name] as Record<string, Timing>)[path] = { p50Ms, p95Ms };
  console.error(`${name} ${path}: p50 ${p50Ms} ms, p95 ${p95Ms} ms`);
};
for (const name of names) {
  const rollup = await latency<unknown>(OPERATIONS, () => reads[name]("rollup"));
  if (name === "summary") results.rollup = rollup.last;
  record(name, "rollup", rollup);
}
for (const name of names) record(name, "typedArray", await latency(OPERATIONS, async () => inMemory[name]()));
for (const name of names) {
  const raw = await latency<unknown>(RAW_OPERATIONS, () => reads[name]("raw"), RAW_WARMUPS);
  if (name === "summary") results.raw = raw.last;
  record(name, "raw", raw);
}
const figures = Object.fromEntries(
  names.map((name) => {
    const { rollup, raw, typedArray } = timings[name] as Record<string, Timing>;
    const ratio = (a?: Timing, b?: Timing) => (a && b ? round(a.p50Ms / b.p50Ms) : null);
    return [
      name,
      {
        ...timings[name],
        rawToRollup: ratio(raw, rollup),
        rollupToTypedArray: ratio(rollup, typedArray),
      },
    ];
  }),
);

// The rollups answer what the raw rows answer: one check at this scale, besides the tests' property test.
const withoutSource = (summary: unknown) =>
  JSON.stringify((summary as unknown[] | undefined)?.map((r) => ({ ...(r as object), source: "" })));
const agree = withoutSource(results.rollup) === withoutSource(results.raw);

console.log(
  JSON.stringify({
    bench: "analytics",
    engine: "postgres",
    responses: RESPONSES,
    operations: { rollup: OPERATIONS, raw: RAW_OPERATIONS, rawWarmups: RAW_WARMUPS },
    workMem: WORK_MEM ?? "server default",
    rollupRowCounts,
    generateSeconds,
    rebuildSeconds,
    baselineLoadSeconds: loadSeconds,
    rollupsAgreeWithRaw: agree,
    ...figures,
  }),
);
await testDb.dispose();
