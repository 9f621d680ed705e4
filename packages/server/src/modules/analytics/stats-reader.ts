// The sufficient statistics behind every analytics figure, read from the rollups or from the raw responses.
// Both paths return identical results for the same scope (the property test holds them to it); the raw
// path also answers what rollups cannot: segment, attribute, answer and text filters, custom groupings.
import type { PairMoments } from "@touchpoint/core";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/database.ts";
import {
  choiceKeys,
  durationBucket,
  integerCounts,
  isAnswered,
  medianSeconds,
  numericValue,
} from "./rollup-expressions.ts";
import { rollupRows } from "./rollup-range.ts";
import { numericAnswers, pairJoin, pairSums } from "./rollup-statements.ts";
import {
  chooseSource,
  type GroupBy,
  inList,
  keyOf,
  type Prefer,
  partialWhere,
  rawDims,
  rawWhere,
  rollupDims,
  type StatsScope,
  type StatsSource,
  selectRows,
} from "./stats-scope.ts";

export type { PairMoments } from "@touchpoint/core";
export type { GroupBy, Prefer, StatsScope, StatsSource, TimeGrain } from "./stats-scope.ts";

/** n/sum/sumSq over every numeric answer; counts[v] = answers equal to the integer v (0..10). */
export interface ScoreStats {
  n: number;
  sum: number;
  sumSq: number;
  counts: number[];
}

/** key null when not grouped; completed = completed responses in the group (answered + skipped). */
export interface Group<T> {
  key: string | null;
  completed: number;
  value: T;
}

export interface ChoiceCounts {
  answered: number;
  /** Per choice id ("__other__" for free text; goal completion: per intent). */
  counts: Record<string, number>;
}

type Numeric = string | number | bigint | null;
const num = (value: Numeric) => (value === null ? 0 : Number(value));
const COUNT_KEYS = Array.from({ length: 11 }, (_, value) => `c${value}`);
const SCORE_COLUMNS = ["question_id", "n", "sum", "sum_sq", ...COUNT_KEYS];
const PAIR_COLUMNS = ["question_a", "question_b", "n", "sum_x", "sum_y", "sum_xx", "sum_yy", "sum_xy"];

/** Groups sorted by key (a null key, from a custom grouping, last); one null-key group when not grouped. */
function groupsOf<T>(
  groupBy: GroupBy | undefined,
  completed: { key: string | null; completed: Numeric }[],
  values: Map<string | null, T>,
  empty: () => T,
): Group<T>[] {
  const rows = groupBy || completed.length > 0 ? completed : [{ key: null, completed: 0 }];
  return rows
    .map((row) => ({ key: row.key, completed: num(row.completed), value: values.get(row.key) ?? empty() }))
    .sort((a, b) => (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null || a.key < b.key ? -1 : 1));
}

/** Completed responses per group. */
function readCompleted(db: Database, scope: StatsScope, groupBy: GroupBy | undefined, source: StatsSource) {
  const query =
    source === "rollup"
      ? sql`select ${keyOf(groupBy, rollupDims)} as key, sum(t.completed)::int8 as completed
          from ${rollupRows(scope, groupBy, "analytics_completions", ["completed"])} group by 1`
      : sql`select ${keyOf(groupBy, rawDims(scope))} as key, count(*)::int8 as completed
          from responses r where ${rawWhere(scope)} group by 1`;
  return selectRows<{ key: string | null; completed: Numeric }>(db.db, query);
}

type ScoreRow = { key: string | null; n: Numeric; sum: Numeric; sum_sq: Numeric } & Record<string, Numeric>;

export async function readScoreStats(
  db: Database,
  scope: StatsScope,
  questionId: string,
  groupBy: GroupBy | undefined,
  prefer: Prefer,
): Promise<{ source: StatsSource; groups: Group<ScoreStats>[] }> {
  const source = chooseSource(scope, groupBy, prefer);
  const sums = sql.raw(COUNT_KEYS.map((c) => `sum(t.${c})::int8 as ${c}`).join(", "));
  const query =
    source === "rollup"
      ? sql`select ${keyOf(groupBy, rollupDims)} as key, sum(t.n)::int8 as n, sum(t.sum)::text as sum,
          sum(t.sum_sq)::text as sum_sq, ${sums}
          from ${rollupRows(scope, groupBy, "analytics_scores", SCORE_COLUMNS, sql`t.question_id = ${questionId}`)}
          group by 1`
      : sql`select ${keyOf(groupBy, rawDims(scope))} as key, count(*)::int8 as n, sum(v.x)::text as sum,
          sum(v.x * v.x)::text as sum_sq, ${integerCounts(sql`v.x`)}
          from responses r cross join lateral (select ${numericValue(sql`r.answers -> ${questionId}::text`)} as x) v
          where ${rawWhere(scope)} and v.x is not null group by 1`;
  const [completed, rows] = await Promise.all([
    readCompleted(db, scope, groupBy, source),
    selectRows<ScoreRow>(db.db, query),
  ]);
  const values = new Map(
    rows.map((row) => [
      row.key,
      {
        n: num(row.n),
        sum: num(row.sum),
        sumSq: num(row.sum_sq),
        counts: COUNT_KEYS.map((c) => num(row[c] ?? null)),
      },
    ]),
  );
  const empty = () => ({ n: 0, sum: 0, sumSq: 0, counts: Array<number>(11).fill(0) });
  return { source, groups: groupsOf(groupBy, completed, values, empty) };
}

export async function readChoiceCounts(
  db: Database,
  scope: StatsScope,
  questionId: string,
  groupBy: GroupBy | undefined,
  prefer: Prefer,
): Promise<{ source: StatsSource; groups: Group<ChoiceCounts>[] }> {
  const source = chooseSource(scope, groupBy, prefer);
  const answer = sql`r.answers -> ${questionId}::text`;
  const ofQuestion = sql`t.question_id = ${questionId}`;
  const [answeredQuery, choicesQuery] =
    source === "rollup"
      ? [
          sql`select ${keyOf(groupBy, rollupDims)} as key, sum(t.answered)::int8 as n
            from ${rollupRows(scope, groupBy, "analytics_answered", ["answered"], ofQuestion)} group by 1`,
          sql`select ${keyOf(groupBy, rollupDims)} as key, t.choice, sum(t.count)::int8 as n
            from ${rollupRows(scope, groupBy, "analytics_choices", ["choice", "count"], ofQuestion)} group by 1, 2`,
        ]
      : [
          sql`select ${keyOf(groupBy, rawDims(scope))} as key, count(*)::int8 as n from responses r
            where ${rawWhere(scope)} and ${isAnswered(answer)} group by 1`,
          sql`select ${keyOf(groupBy, rawDims(scope))} as key, k.choice, count(*)::int8 as n
            from responses r cross join lateral ${choiceKeys(answer)} where ${rawWhere(scope)} group by 1, 2`,
        ];
  const [completed, answered, choices] = await Promise.all([
    readCompleted(db, scope, groupBy, source),
    selectRows<{ key: string | null; n: Numeric }>(db.db, answeredQuery),
    selectRows<{ key: string | null; choice: string; n: Numeric }>(db.db, choicesQuery),
  ]);
  const values = new Map<string | null, ChoiceCounts>(
    answered.map((row) => [row.key, { answered: num(row.n), counts: {} }]),
  );
  // Choices in a stable order, so both paths build objects with the same key order.
  choices.sort((a, b) => (a.choice < b.choice ? -1 : a.choice > b.choice ? 1 : 0));
  for (const row of choices) {
    const value = values.get(row.key) ?? { answered: 0, counts: {} };
    value.counts[row.choice] = num(row.n);
    values.set(row.key, value);
  }
  return { source, groups: groupsOf(groupBy, completed, values, () => ({ answered: 0, counts: {} })) };
}

type PairRow = { a: string; b: string } & Record<
  "n" | "sum_x" | "sum_y" | "sum_xx" | "sum_yy" | "sum_xy",
  Numeric
>;

export async function readPairMoments(
  db: Database,
  scope: StatsScope,
  questionIds: string[],
  prefer: Prefer,
): Promise<{ source: StatsSource; completed: number; pairs: PairMoments[][] }> {
  const source = chooseSource(scope, undefined, prefer);
  // The diagonal (a question with itself) comes from the score sums: every pair row has a < b.
  const diagonal = sql`q as a, q as b, n, sum as sum_x, sum as sum_y, sum_sq as sum_xx, sum_sq as sum_yy, sum_sq as sum_xy`;
  const unioned =
    source === "rollup"
      ? sql`select t.question_a as a, t.question_b as b, sum(t.n)::int8 as n, sum(t.sum_x) as sum_x,
            sum(t.sum_y) as sum_y, sum(t.sum_xx) as sum_xx, sum(t.sum_yy) as sum_yy, sum(t.sum_xy) as sum_xy
          from ${rollupRows(scope, undefined, "analytics_pairs", PAIR_COLUMNS, sql`${inList(sql`t.question_a`, questionIds)} and ${inList(sql`t.question_b`, questionIds)}`)}
          group by 1, 2
          union all
          select ${diagonal} from (select t.question_id as q, sum(t.n)::int8 as n, sum(t.sum) as sum,
            sum(t.sum_sq) as sum_sq
            from ${rollupRows(scope, undefined, "analytics_scores", SCORE_COLUMNS, inList(sql`t.question_id`, questionIds))}
            group by 1) d`
      : sql`with v as (${numericAnswers(sql`${rawWhere(scope)} and ${inList(sql`a.key`, questionIds)}`, sql`r.workspace_id`)})
          select a.q as a, b.q as b, ${pairSums} from v a join v ${pairJoin} group by 1, 2
          union all
          select ${diagonal} from (select q, count(*)::int8 as n, sum(x) as sum, sum(x * x) as sum_sq
            from v group by 1) d`;
  const query = sql`select a, b, n, sum_x::text, sum_y::text, sum_xx::text, sum_yy::text, sum_xy::text
    from (${unioned}) p`;
  const [completed, rows] = await Promise.all([
    readCompleted(db, scope, undefined, source),
    selectRows<PairRow>(db.db, query),
  ]);
  const found = new Map(rows.map((row) => [`${row.a}\u0000${row.b}`, row]));
  const moments = (x: string, y: string): PairMoments => {
    const swap = y < x;
    const row = found.get(swap ? `${y}\u0000${x}` : `${x}\u0000${y}`);
    if (!row) return { n: 0, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 };
    const [sumX, sumY, sumXX, sumYY] = swap
      ? [row.sum_y, row.sum_x, row.sum_yy, row.sum_xx]
      : [row.sum_x, row.sum_y, row.sum_xx, row.sum_yy];
    return {
      n: num(row.n),
      sumX: num(sumX),
      sumY: num(sumY),
      sumXX: num(sumXX),
      sumYY: num(sumYY),
      sumXY: num(row.sum_xy),
    };
  };
  return {
    source,
    completed: num(completed[0]?.completed ?? 0),
    pairs: questionIds.map((x) => questionIds.map((y) => moments(x, y))),
  };
}

/** Per question id, the responses that answered it, from rows of (question, n). */
const answeredMap = (rows: { q: string; n: Numeric }[]) => new Map(rows.map((row) => [row.q, num(row.n)]));

export async function readCompletion(
  db: Database,
  scope: StatsScope,
  prefer: Prefer,
): Promise<{
  source: StatsSource;
  completed: number;
  partial: number;
  medianSeconds: number | null;
  answered: Record<string, number>;
}> {
  const source = chooseSource(scope, undefined, prefer);
  const [histogramQuery, answeredQuery]: [SQL, SQL] =
    source === "rollup"
      ? [
          sql`select t.bucket, sum(t.count)::int8 as n
            from ${rollupRows(scope, undefined, "analytics_durations", ["bucket", "count"])} group by 1`,
          sql`select t.question_id as q, sum(t.answered)::int8 as n
            from ${rollupRows(scope, undefined, "analytics_answered", ["question_id", "answered"])} group by 1`,
        ]
      : [
          sql`select ${durationBucket(sql`r.started_at`, sql`r.completed_at`)} as bucket, count(*)::int8 as n
            from responses r where ${rawWhere(scope)} group by 1`,
          sql`select a.key as q, count(*)::int8 as n from responses r cross join lateral jsonb_each(r.answers) a
            where ${rawWhere(scope)} and ${isAnswered(sql`a.value`)} group by 1`,
        ];
  const partials = partialWhere(scope, source);
  const [completed, histogram, answeredCompleted, partialCount, answeredPartial] = await Promise.all([
    readCompleted(db, scope, undefined, source),
    selectRows<{ bucket: number; n: Numeric }>(db.db, histogramQuery),
    selectRows<{ q: string; n: Numeric }>(db.db, answeredQuery),
    selectRows<{ n: Numeric }>(db.db, sql`select count(*)::int8 as n from responses r where ${partials}`),
    selectRows<{ q: string; n: Numeric }>(
      db.db,
      sql`select a.key as q, count(*)::int8 as n from responses r cross join lateral jsonb_each(r.answers) a
        where ${partials} and ${isAnswered(sql`a.value`)} group by 1`,
    ),
  ]);
  const buckets = new Map(histogram.map((row) => [Number(row.bucket), num(row.n)]));
  const fromCompleted = answeredMap(answeredCompleted);
  const fromPartial = answeredMap(answeredPartial);
  const questions = [...new Set([...fromCompleted.keys(), ...fromPartial.keys()])].sort();
  return {
    source,
    completed: num(completed[0]?.completed ?? 0),
    partial: num(partialCount[0]?.n ?? 0),
    medianSeconds: medianSeconds(buckets),
    answered: Object.fromEntries(
      questions.map((q) => [q, (fromCompleted.get(q) ?? 0) + (fromPartial.get(q) ?? 0)]),
    ),
  };
}
