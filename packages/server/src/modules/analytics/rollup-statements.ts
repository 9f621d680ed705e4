// The statements that add completed responses to the rollup tables (daily and monthly), in SQL from the raw
// rows (nothing is loaded into Node). The drain runs them over the responses it claimed, the rebuild over
// a whole survey: one code path, so both add up the same way.
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import {
  choiceKeys,
  durationBucket,
  integerCounts,
  isAnswered,
  localDay,
  NO_DURATION_BUCKET,
  numericValue,
} from "./rollup-expressions.ts";

/** Which responses to add: a condition over `responses r`, and the workspace's time zone for local days. */
export interface RollupSource {
  where: SQL;
  timeZone: string;
}

const day = (source: RollupSource) => localDay(sql`r.completed_at`, source.timeZone);
const slice = (source: RollupSource) =>
  sql`r.workspace_id, r.survey_id, ${day(source)} as day, r.channel, r.language`;
const COUNT_COLUMNS = Array.from({ length: 11 }, (_, value) => `c${value}`);

/** A rollup table's key in its primary key's order (`day` standing for the period) and its summed columns. */
interface RollupLayout {
  table: string;
  key: string[];
  sums: string[];
}

const list = (columns: string[]) => sql.raw(columns.join(", "));
const addUp = (table: string, columns: string[]) =>
  sql.raw(columns.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(", "));

/**
 * Adds `delta` (rows named as the daily table's columns) to the daily table and, summed per local month,
 * to its monthly twin, in one statement: the responses are read and grouped once, and both levels change
 * in the same transaction, so they always hold the same sums. Each insert goes in key order, so two
 * transactions upserting overlapping keys lock them in the same order and cannot deadlock.
 */
function upsertDelta(ex: Executor, layout: RollupLayout, delta: SQL, ctes: SQL = sql``) {
  const monthly = `${layout.table}_monthly`;
  const monthKey = layout.key.map((column) => (column === "day" ? "month" : column));
  const toMonth = layout.key.map((column) =>
    column === "day" ? "date_trunc('month', day::timestamp)::date" : column,
  );
  const positions = sql.raw(layout.key.map((_, index) => index + 1).join(", "));
  return ex.execute(sql`
    with ${ctes} delta as (${delta}),
    daily as (
      insert into ${sql.identifier(layout.table)} (${list([...layout.key, ...layout.sums])})
      select ${list([...layout.key, ...layout.sums])} from delta order by ${list(layout.key)}
      on conflict (${list(layout.key)}) do update set ${addUp(layout.table, layout.sums)})
    insert into ${sql.identifier(monthly)} (${list([...monthKey, ...layout.sums])})
    select ${list([...toMonth, ...layout.sums.map((column) => `sum(${column})`)])}
    from delta group by ${positions} order by ${positions}
    on conflict (${list(monthKey)}) do update set ${addUp(monthly, layout.sums)}`);
}

const SLICE = ["workspace_id", "survey_id"];
const DIMENSIONS = ["day", "channel", "language"];

function addScores(ex: Executor, source: RollupSource) {
  const layout = {
    table: "analytics_scores",
    key: [...SLICE, "question_id", ...DIMENSIONS],
    sums: ["n", "sum", "sum_sq", ...COUNT_COLUMNS],
  };
  return upsertDelta(
    ex,
    layout,
    sql`select ${slice(source)}, a.key as question_id, count(*) as n, sum(v.x) as sum, sum(v.x * v.x) as sum_sq,
      ${integerCounts(sql`v.x`)}
    from responses r
      cross join lateral jsonb_each(r.answers) a
      cross join lateral (select ${numericValue(sql`a.value`)} as x) v
    where ${source.where} and v.x is not null
    group by 1, 2, 3, 4, 5, 6`,
  );
}

function addChoices(ex: Executor, source: RollupSource) {
  const layout = {
    table: "analytics_choices",
    key: [...SLICE, "question_id", ...DIMENSIONS, "choice"],
    sums: ["count"],
  };
  return upsertDelta(
    ex,
    layout,
    sql`select ${slice(source)}, a.key as question_id, k.choice, count(*) as count
    from responses r
      cross join lateral jsonb_each(r.answers) a
      cross join lateral ${choiceKeys(sql`a.value`)}
    where ${source.where}
    group by 1, 2, 3, 4, 5, 6, 7`,
  );
}

function addAnswered(ex: Executor, source: RollupSource) {
  const layout = {
    table: "analytics_answered",
    key: [...SLICE, "question_id", ...DIMENSIONS],
    sums: ["answered"],
  };
  return upsertDelta(
    ex,
    layout,
    sql`select ${slice(source)}, a.key as question_id, count(*) as answered
    from responses r cross join lateral jsonb_each(r.answers) a
    where ${source.where} and ${isAnswered(sql`a.value`)}
    group by 1, 2, 3, 4, 5, 6`,
  );
}

/** The numeric answers of the selected responses, one row per (response, question): what pairs are made of. */
export const numericAnswers = (where: SQL, dims: SQL) => sql`
  select r.id, ${dims}, a.key as q, v.x
  from responses r
    cross join lateral jsonb_each(r.answers) a
    cross join lateral (select ${numericValue(sql`a.value`)} as x) v
  where ${where} and v.x is not null`;

/** Sums of one pair of numeric answers over the responses answering both (question a < b, "C" collation). */
export const pairSums = sql`count(*)::int8 as n, sum(a.x) as sum_x, sum(b.x) as sum_y, sum(a.x * a.x) as sum_xx,
  sum(b.x * b.x) as sum_yy, sum(a.x * b.x) as sum_xy`;
export const pairJoin = sql`b on b.id = a.id and a.q < b.q collate "C"`;

function addPairs(ex: Executor, source: RollupSource) {
  const layout = {
    table: "analytics_pairs",
    key: [...SLICE, "question_a", "question_b", ...DIMENSIONS],
    sums: ["n", "sum_x", "sum_y", "sum_xx", "sum_yy", "sum_xy"],
  };
  return upsertDelta(
    ex,
    layout,
    sql`select a.workspace_id, a.survey_id, a.q as question_a, b.q as question_b, a.day, a.channel, a.language,
      ${pairSums}
    from v a join v ${pairJoin}
    group by 1, 2, 3, 4, 5, 6, 7`,
    sql`v as (${numericAnswers(source.where, slice(source))}),`,
  );
}

function addCompletions(ex: Executor, source: RollupSource) {
  const layout = { table: "analytics_completions", key: [...SLICE, ...DIMENSIONS], sums: ["completed"] };
  return upsertDelta(
    ex,
    layout,
    sql`select ${slice(source)}, count(*) as completed from responses r where ${source.where}
    group by 1, 2, 3, 4, 5`,
  );
}

function addDurations(ex: Executor, source: RollupSource) {
  const layout = { table: "analytics_durations", key: [...SLICE, ...DIMENSIONS, "bucket"], sums: ["count"] };
  return upsertDelta(
    ex,
    layout,
    sql`select ${slice(source)}, b.bucket, count(*) as count
    from responses r cross join lateral (select ${durationBucket(sql`r.started_at`, sql`r.completed_at`)} as bucket) b
    where ${source.where} and b.bucket <> ${NO_DURATION_BUCKET}
    group by 1, 2, 3, 4, 5, 6`,
  );
}

/** Adds the selected responses to every rollup table. `where` must select completed responses only. */
export async function addToRollups(ex: Executor, source: RollupSource) {
  await addCompletions(ex, source);
  await addDurations(ex, source);
  await addAnswered(ex, source);
  await addScores(ex, source);
  await addChoices(ex, source);
  await addPairs(ex, source);
}

/** The condition every rolled-up response meets (the raw readers apply the same one). */
export const completedResponse = sql`r.status = 'completed' and r.completed_at is not null`;

/** The daily rollup tables; each has a twin with the suffix `_monthly`. */
export const ROLLUP_TABLES = [
  "analytics_scores",
  "analytics_choices",
  "analytics_answered",
  "analytics_pairs",
  "analytics_completions",
  "analytics_durations",
] as const;

/** Removes a survey's rollups (before a rebuild adds them again from the raw rows). */
export async function clearSurveyRollups(ex: Executor, workspaceId: string, surveyId: string) {
  for (const table of ROLLUP_TABLES.flatMap((daily) => [daily, `${daily}_monthly`])) {
    await ex.execute(
      sql`delete from ${sql.identifier(table)} where workspace_id = ${workspaceId} and survey_id = ${surveyId}`,
    );
  }
}
