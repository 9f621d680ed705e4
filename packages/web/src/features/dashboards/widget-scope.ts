// What every widget of a saved dashboard is read under: the global filters and the dates they stand for
// on the workspace's today (workspace-today.ts), the calendar the analytics count days in.
import { type DashboardFilters, resolveDashboardDates } from "@touchpoint/core";

export interface WidgetScope {
  filters: DashboardFilters;
  /** The workspace's date the presets count back from, YYYY-MM-DD. */
  today: string;
  /** Inclusive local dates. */
  range: { from: string; to: string };
  /** Days in the range: the length of the previous period a KPI compares with. */
  days: number;
}

const DAY_MS = 86_400_000;

export function widgetScope(filters: DashboardFilters, today: string): WidgetScope {
  const range = resolveDashboardDates(filters.date, today);
  const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1;
  return { filters, today, range, days };
}

/** The one value of a global list filter, for the APIs that take a single channel or language. */
export const single = <T>(values: readonly T[] | undefined): T | undefined =>
  values?.length === 1 ? values[0] : undefined;
