// The statements that add completed responses to the rollup tables, in SQL from the raw rows (nothing is
// loaded into Node). The drain runs them over the responses it claimed, the rebuild over a whole survey:
// one code path, so both add up the same way. Each statement groups by the table's key and inserts in key
// order, so two transactions upserting overlapping keys lock them in the same order and cannot deadlock.
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
const addUp = (table: string, columns: string[]) =>
  sql.raw(columns.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(", "));
const COUNT_COLUMNS = Array.from({ length: 11 }, (_, value) => `c${value}`);

function addScores(ex: Executor, source: RollupSource) {
  return ex.execute(sql`
    insert into analytics_scores
      (workspace_id, survey_id, day, channel, language, question_id, n, sum, sum_sq, ${sql.raw(COUNT_COLUMNS.join(", "))})
    select ${slice(source)}, a.key, count(*), sum(v.x), sum(v.x * v.x), ${integerCounts(sql`v.x`)}
    from responses r
      cross join lateral jsonb_each(r.answers) a
      cross join lateral (select ${numericValue(sql`a.value`)} as x) v
    where ${source.where} and v.x is not null
    group by 1, 2, 3, 4, 5, 6 order by 1, 2, 6, 3, 4, 5
    on conflict (workspace_id, survey_id, question_id, day, channel, language) do update
      set ${addUp("analytics_scores", ["n", "sum", "sum_sq", ...COUNT_COLUMNS])}`);
}

function addChoices(ex: Executor, source: RollupSource) {
  return ex.execute(sql`
    insert into analytics_choices (workspace_id, survey_id, day, channel, language, question_id, choice, count)
    select ${slice(source)}, a.key, k.choice, count(*)
    from responses r
      cross join lateral jsonb_each(r.answers) a
      cross join lateral ${choiceKeys(sql`a.value`)}
    where ${source.where}
    group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 6, 3, 4, 5, 7
    on conflict (workspace_id, survey_id, question_id, day, channel, language, choice) do update
      set ${addUp("analytics_choices", ["count"])}`);
}

function addAnswered(ex: Executor, source: RollupSource) {
  return ex.execute(sql`
    insert into analytics_answered (workspace_id, survey_id, day, channel, language, question_id, answered)
    select ${slice(source)}, a.key, count(*)
    from responses r cross join lateral jsonb_each(r.answers) a
    where ${source.where} and ${isAnswered(sql`a.value`)}
    group by 1, 2, 3, 4, 5, 6 order by 1, 2, 6, 3, 4, 5
    on conflict (workspace_id, survey_id, question_id, day, channel, language) do update
      set ${addUp("analytics_answered", ["answered"])}`);
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
  return ex.execute(sql`
    with v as (${numericAnswers(source.where, slice(source))})
    insert into analytics_pairs
      (workspace_id, survey_id, question_a, question_b, day, channel, language, n, sum_x, sum_y, sum_xx, sum_yy, sum_xy)
    select a.workspace_id, a.survey_id, a.q, b.q, a.day, a.channel, a.language, ${pairSums}
    from v a join v ${pairJoin}
    group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
    on conflict (workspace_id, survey_id, question_a, question_b, day, channel, language) do update
      set ${addUp("analytics_pairs", ["n", "sum_x", "sum_y", "sum_xx", "sum_yy", "sum_xy"])}`);
}

function addCompletions(ex: Executor, source: RollupSource) {
  return ex.execute(sql`
    insert into analytics_completions (workspace_id, survey_id, day, channel, language, completed)
    select ${slice(source)}, count(*)
    from responses r
    where ${source.where}
    group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
    on conflict (workspace_id, survey_id, day, channel, language) do update
      set ${addUp("analytics_completions", ["completed"])}`);
}

function addDurations(ex: Executor, source: RollupSource) {
  return ex.execute(sql`
    insert into analytics_durations (workspace_id, survey_id, day, channel, language, bucket, count)
    select ${slice(source)}, b.bucket, count(*)
    from responses r cross join lateral (select ${durationBucket(sql`r.started_at`, sql`r.completed_at`)} as bucket) b
    where ${source.where} and b.bucket <> ${NO_DURATION_BUCKET}
    group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
    on conflict (workspace_id, survey_id, day, channel, language, bucket) do update
      set ${addUp("analytics_durations", ["count"])}`);
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

/** Removes a survey's rollups (before a rebuild adds them again from the raw rows). */
export async function clearSurveyRollups(ex: Executor, workspaceId: string, surveyId: string) {
  for (const table of [
    "analytics_scores",
    "analytics_choices",
    "analytics_answered",
    "analytics_pairs",
    "analytics_completions",
    "analytics_durations",
  ]) {
    await ex.execute(
      sql`delete from ${sql.identifier(table)} where workspace_id = ${workspaceId} and survey_id = ${surveyId}`,
    );
  }
}
