// How a rollup read covers its range of local days: the whole months inside it from the monthly tables,
// the days at its ends from the daily ones. A two-year range then reads ~24 monthly rows per slice instead
// of ~730 daily rows; both levels hold the same sums (rollup-statements.ts), so the result is identical.
import { type SQL, sql } from "drizzle-orm";
import type { ROLLUP_TABLES } from "./rollup-statements.ts";
import type { GroupBy, StatsScope } from "./stats-scope.ts";
import { rollupWhere, sliceWhere } from "./stats-scope.ts";

/** Inclusive local dates YYYY-MM-DD; a missing end is open. */
export interface DayRange {
  from?: string;
  to?: string;
}

/** Months from `from` (a month's first day, inclusive) to `below` (a month's first day, exclusive). */
export interface RangeCover {
  months: { from?: string; below?: string };
  days: DayRange[];
}

const shift = (date: string, months: number, days: number) => {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 + months, day + days)).toISOString().slice(0, 10);
};
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
const nextMonth = (date: string) => shift(monthStart(date), 1, 0);

/**
 * The whole months within `from`..`to` and the days left at either end; null when no whole month fits
 * (the range is read from the daily rows alone).
 */
export function coverRange(range: DayRange): RangeCover | null {
  const { from, to } = range;
  const first = from === undefined || from === monthStart(from) ? from : nextMonth(from);
  const below =
    to === undefined ? undefined : shift(to, 0, 1) === nextMonth(to) ? nextMonth(to) : monthStart(to);
  if (first !== undefined && below !== undefined && first >= below) return null;
  const days: DayRange[] = [];
  if (from !== undefined && first !== undefined && from < first) days.push({ from, to: shift(first, 0, -1) });
  if (to !== undefined && below !== undefined && below <= to) days.push({ from: below, to });
  return { months: { from: first, below }, days };
}

/** Groupings a monthly row can answer: a month falls in one month, quarter, channel and language. */
const MONTHLY_GROUPINGS = new Set(["month", "quarter", "channel", "language"]);

type RollupTable = (typeof ROLLUP_TABLES)[number];

/**
 * The rollup rows of `table` that cover the scope, as a subquery aliased `t` with columns day (a month's
 * rows dated by its first day), channel, language and `columns`; `condition` (over `t`) applies to both
 * levels. Groupings by day or week, which a month cannot answer, read the daily rows alone.
 */
export function rollupRows(
  scope: StatsScope,
  groupBy: GroupBy | undefined,
  table: RollupTable,
  columns: string[],
  condition: SQL = sql`true`,
): SQL {
  const selected = sql.raw(columns.map((column) => `t.${column}`).join(", "));
  const daily = sql.identifier(table);
  const cover = groupBy === undefined || MONTHLY_GROUPINGS.has(groupBy.kind) ? coverRange(scope) : null;
  if (!cover) {
    return sql`(select t.day, t.channel, t.language, ${selected} from ${daily} t
      where ${rollupWhere(scope)} and ${condition}) t`;
  }
  const { months, days } = cover;
  const monthly = sql`select t.month as day, t.channel, t.language, ${selected}
    from ${sql.identifier(`${table}_monthly`)} t
    where ${sliceWhere(scope)} and ${condition}
      ${months.from !== undefined ? sql`and t.month >= ${months.from}::date` : sql``}
      ${months.below !== undefined ? sql`and t.month < ${months.below}::date` : sql``}`;
  const ends = days.map(
    (range) => sql`union all select t.day, t.channel, t.language, ${selected} from ${daily} t
      where ${rollupWhere({ ...scope, ...range })} and ${condition}`,
  );
  return sql`(${monthly} ${sql.join(ends, sql` `)}) t`;
}
