// What a statistics read covers, as SQL for each path: conditions and grouping over the rollup tables
// (alias `t`) or over the raw responses (alias `r`), built from the expressions the rollups were made with.
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { type FieldError, ValidationError } from "../../platform/errors.ts";
import { type Dimensions, groupKey, localDay, localDayWithin, type TimeGrain } from "./rollup-expressions.ts";
import { completedResponse } from "./rollup-statements.ts";

export type { TimeGrain } from "./rollup-expressions.ts";
export type StatsSource = "rollup" | "raw";

export interface StatsScope {
  workspaceId: string;
  /** The workspace's (workspaces.time_zone, default Asia/Ho_Chi_Minh). */
  timeZone: string;
  surveyId: string;
  /** Inclusive local date YYYY-MM-DD in timeZone. */
  from?: string;
  /** Inclusive local date. */
  to?: string;
  channels?: string[];
  languages?: string[];
  /**
   * Conditions only raw rows can answer (segment, attributes, hidden fields, answers, sentiment, topic): any
   * one forces the raw path. Each is a boolean over the responses table aliased `r`.
   */
  rawFilters?: SQL[];
}

export type GroupBy = { kind: TimeGrain | "channel" | "language" } | { kind: "expression"; sql: SQL };

/** auto = rollup when the scope and grouping allow it; "rollup" with raw-only filters is refused. */
export type Prefer = "auto" | "rollup" | "raw";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/** Refuses a scope PostgreSQL would fail on, with the fields at fault. */
function checkScope(scope: StatsScope) {
  const errors: FieldError[] = [];
  for (const field of ["from", "to"] as const) {
    const value = scope[field];
    if (value !== undefined && !isDate(value))
      errors.push({ path: field, message: "must be a date YYYY-MM-DD" });
  }
  if (errors.length === 0 && scope.from && scope.to && scope.from > scope.to) {
    errors.push({ path: "to", message: "must not be before from" });
  }
  if (!isTimeZone(scope.timeZone)) errors.push({ path: "timeZone", message: "must be an IANA time zone" });
  if (errors.length > 0) throw new ValidationError("The analytics scope is not valid.", errors);
}

/** Which path answers a read; also checks the scope. */
export function chooseSource(scope: StatsScope, groupBy: GroupBy | undefined, prefer: Prefer): StatsSource {
  checkScope(scope);
  if (prefer === "raw") return "raw";
  const rawOnly = (scope.rawFilters?.length ?? 0) > 0 || groupBy?.kind === "expression";
  if (!rawOnly) return "rollup";
  if (prefer === "rollup") {
    throw new ValidationError(
      "These filters or this grouping need the raw responses; rollups cannot answer them.",
      [{ path: "source", message: "use raw or auto with segment, attribute, answer or text filters" }],
    );
  }
  return "raw";
}

/** A parameter list for `in (…)`; an empty list matches nothing. */
export const inList = (column: SQL, values: string[]) =>
  values.length === 0
    ? sql`false`
    : sql`${column} in (${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )})`;

const common = (scope: StatsScope, dims: Dimensions) => [
  ...(scope.channels ? [inList(dims.channel, scope.channels)] : []),
  ...(scope.languages ? [inList(dims.language, scope.languages)] : []),
];

export const rollupDims: Dimensions = { day: sql`t.day`, channel: sql`t.channel`, language: sql`t.language` };
export const rawDims = (scope: StatsScope): Dimensions => ({
  day: localDay(sql`r.completed_at`, scope.timeZone),
  channel: sql`r.channel`,
  language: sql`r.language`,
});

/** The scope over a rollup table aliased `t`, daily or monthly, except its range of days. */
export function sliceWhere(scope: StatsScope): SQL {
  return sql.join(
    [
      sql`t.workspace_id = ${scope.workspaceId} and t.survey_id = ${scope.surveyId}`,
      ...common(scope, rollupDims),
    ],
    sql` and `,
  );
}

/** The scope over a daily rollup table aliased `t`. */
export function rollupWhere(scope: StatsScope): SQL {
  return sql.join(
    [
      sliceWhere(scope),
      ...(scope.from !== undefined ? [sql`t.day >= ${scope.from}::date`] : []),
      ...(scope.to !== undefined ? [sql`t.day <= ${scope.to}::date`] : []),
    ],
    sql` and `,
  );
}

/** The scope over completed responses aliased `r`: exactly the rows the rollups summed, plus raw filters. */
export function rawWhere(scope: StatsScope): SQL {
  return sql.join(
    [
      sql`r.workspace_id = ${scope.workspaceId} and r.survey_id = ${scope.surveyId} and ${completedResponse}`,
      localDayWithin(sql`r.completed_at`, scope.timeZone, scope.from, scope.to),
      ...common(scope, rawDims(scope)),
      ...(scope.rawFilters ?? []),
    ],
    sql` and `,
  );
}

/**
 * Partial responses in scope, dated by when they started (created_at): they have no completion yet and are
 * never rolled up, so both paths read them from the raw rows (raw filters apply on the raw path only).
 */
export function partialWhere(scope: StatsScope, source: StatsSource): SQL {
  return sql.join(
    [
      sql`r.workspace_id = ${scope.workspaceId} and r.survey_id = ${scope.surveyId} and r.status = 'partial'`,
      localDayWithin(sql`r.created_at`, scope.timeZone, scope.from, scope.to),
      ...common(scope, rawDims(scope)),
      ...(source === "raw" ? (scope.rawFilters ?? []) : []),
    ],
    sql` and `,
  );
}

/** The group key of a row, or null when not grouped. */
export function keyOf(groupBy: GroupBy | undefined, dims: Dimensions): SQL {
  if (!groupBy) return sql`null::text`;
  if (groupBy.kind === "expression") return sql`(${groupBy.sql})::text`;
  return groupKey(groupBy.kind, dims);
}

export async function selectRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
