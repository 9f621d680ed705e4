// The SQL expressions both analytics paths share: the rollup statements (maintenance and rebuild) and the
// raw readers build on these and nothing else, so a local day, an answer's value, a choice or a
// completion-time bucket can never mean one thing in the rollups and another in the raw rows.
import { type SQL, sql } from "drizzle-orm";

/** The calendar date `at` falls on in `timeZone` (DST included: PostgreSQL's tz database decides). */
export const localDay = (at: SQL, timeZone: string) => sql`((${at}) at time zone ${timeZone}::text)::date`;

/** The instant a local date starts in `timeZone`. */
const localMidnight = (day: SQL, timeZone: string) =>
  sql`((${day})::timestamp at time zone ${timeZone}::text)`;

/**
 * Local days `from`..`to` (inclusive) of `at`: a range on the column that an index can serve, widened by a
 * day on each side (a local midnight can be skipped or repeated by DST), then the exact local-day test.
 */
export function localDayWithin(at: SQL, timeZone: string, from?: string, to?: string): SQL {
  const conditions: SQL[] = [];
  if (from !== undefined) {
    conditions.push(sql`${at} >= ${localMidnight(sql`${from}::date - 1`, timeZone)}`);
    conditions.push(sql`${localDay(at, timeZone)} >= ${from}::date`);
  }
  if (to !== undefined) {
    conditions.push(sql`${at} < ${localMidnight(sql`${to}::date + 2`, timeZone)}`);
    conditions.push(sql`${localDay(at, timeZone)} <= ${to}::date`);
  }
  return conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`;
}

/**
 * The number an answer counts as: a JSON number (nps, csat, ces, rating, number), or goal completion's
 * achieved as 1 / not as 0; null for every other answer. Exact numeric, so sums are exact.
 */
export const numericValue = (answer: SQL) => sql`(case jsonb_typeof(${answer})
  when 'number' then (${answer})::numeric
  when 'object' then case when jsonb_typeof((${answer}) -> 'achieved') = 'boolean'
    then case when ((${answer}) ->> 'achieved')::boolean then 1 else 0 end end
  end)`;

/** Counts of integer answers 0..10 (`c0`..`c10`) from a numeric value `x`. */
export const integerCounts = (x: SQL) =>
  sql.join(
    Array.from(
      { length: 11 },
      (_, value) =>
        sql`count(*) filter (where ${x} = ${sql.raw(String(value))})::int8 as ${sql.raw(`c${value}`)}`,
    ),
    sql`, `,
  );

/**
 * The choice keys one answer counts under, as a lateral table `k(choice)`: single choice / dropdown
 * {"choice"}, multiple choice {"choices": […]}, free text {"other"} as "__other__", goal intent {"intent"}.
 */
export const choiceKeys = (answer: SQL) => sql`(
  select c.choice from (
    select jsonb_array_elements_text(case when jsonb_typeof((${answer}) -> 'choices') = 'array'
      then (${answer}) -> 'choices' else '[]'::jsonb end)
    union all select (${answer}) ->> 'choice'
    union all select '__other__' where coalesce((${answer}) ->> 'other', '') <> ''
    union all select (${answer}) ->> 'intent'
  ) c(choice)
  where c.choice is not null and jsonb_typeof(${answer}) = 'object'
) k(choice)`;

/** Core's isAnswered in SQL: null, "", [] and {} are no answer; false and 0 are answers. */
export const isAnswered = (answer: SQL) =>
  sql`(jsonb_typeof(${answer}) <> 'null' and (${answer}) not in ('""'::jsonb, '[]'::jsonb, '{}'::jsonb))`;

/**
 * Completion-time buckets: 5 s wide under 2 minutes, 15 s under 10 minutes, 1 minute under 30 minutes,
 * 5 minutes under 2 hours, 1 hour under a day, then one bucket for a day or more (117 in all: few enough
 * that a day's histogram stays a few dozen rows). The median of completion times is reported as the lower
 * bound of its bucket, so it is exact to that resolution, and both paths agree exactly.
 */
const BANDS = [
  { fromSeconds: 0, belowSeconds: 120, width: 5, firstBucket: 0 },
  { fromSeconds: 120, belowSeconds: 600, width: 15, firstBucket: 24 },
  { fromSeconds: 600, belowSeconds: 1_800, width: 60, firstBucket: 56 },
  { fromSeconds: 1_800, belowSeconds: 7_200, width: 300, firstBucket: 76 },
  { fromSeconds: 7_200, belowSeconds: 86_400, width: 3_600, firstBucket: 94 },
] as const;
/** A day or more. */
const DAY_BUCKET = 116;
/** Bucket of a response without a start time (or a clock that went backwards): left out of the median. */
export const NO_DURATION_BUCKET = -1;

const raw = (value: number) => sql.raw(String(value));

/** The bucket of a response's completion time, from its started_at and completed_at columns. */
export function durationBucket(startedAt: SQL, completedAt: SQL): SQL {
  const seconds = sql`extract(epoch from (${completedAt} - ${startedAt}))`;
  const bands = BANDS.map(
    (band) =>
      sql`when ${seconds} < ${raw(band.belowSeconds)} then ${raw(band.firstBucket)} + floor((${seconds} - ${raw(band.fromSeconds)}) / ${raw(band.width)})`,
  );
  return sql`(case when ${startedAt} is null or ${completedAt} < ${startedAt} then ${raw(NO_DURATION_BUCKET)}
    ${sql.join(bands, sql` `)} else ${raw(DAY_BUCKET)} end)::int2`;
}

/** The completion time a bucket stands for: its lower bound in seconds. */
export function bucketSeconds(bucket: number): number {
  const band = BANDS.findLast((candidate) => bucket >= candidate.firstBucket);
  if (!band || bucket >= DAY_BUCKET) return BANDS[4].belowSeconds;
  return band.fromSeconds + (bucket - band.firstBucket) * band.width;
}

/** Median completion time from a histogram of buckets (the mean of the two middle ones for an even count). */
export function medianSeconds(histogram: Map<number, number>): number | null {
  const buckets = [...histogram].filter(([bucket, n]) => bucket !== NO_DURATION_BUCKET && n > 0);
  buckets.sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const nth = (rank: number) => {
    let seen = 0;
    for (const [bucket, n] of buckets) {
      seen += n;
      if (rank < seen) return bucketSeconds(bucket);
    }
    return bucketSeconds(DAY_BUCKET);
  };
  return total % 2 === 1 ? nth((total - 1) / 2) : (nth(total / 2 - 1) + nth(total / 2)) / 2;
}

/** What groups rows: a local day (from rollup rows or a raw timestamp), a channel and a language. */
export interface Dimensions {
  day: SQL;
  channel: SQL;
  language: SQL;
}

export type TimeGrain = "day" | "week" | "month" | "quarter";

/** The text key of a group: "2026-01-05", the Monday of an ISO week, "2026-01", "2026-Q1", or a dimension. */
export function groupKey(kind: TimeGrain | "channel" | "language", dims: Dimensions): SQL {
  switch (kind) {
    case "day":
      return sql`to_char(${dims.day}, 'YYYY-MM-DD')`;
    case "week":
      // On a timestamp without time zone, so the session's time zone cannot move the Monday.
      return sql`to_char(date_trunc('week', (${dims.day})::timestamp), 'YYYY-MM-DD')`;
    case "month":
      return sql`to_char(${dims.day}, 'YYYY-MM')`;
    case "quarter":
      return sql`to_char(${dims.day}, 'YYYY-"Q"Q')`;
    case "channel":
      return dims.channel;
    case "language":
      return dims.language;
  }
}
