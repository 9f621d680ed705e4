// What every widget of a saved dashboard is read under: the global filters and the dates they stand for
// today. The browser's calendar stands in for the workspace's time zone, as on the per-survey page.
import { type DashboardFilters, resolveDashboardDates } from "@touchpoint/core";
import { lastDays } from "../analytics/dashboard-filters.ts";

export interface WidgetScope {
  filters: DashboardFilters;
  /** The local date the presets count back from, YYYY-MM-DD. */
  today: string;
  /** Inclusive local dates. */
  range: { from: string; to: string };
  /** Days in the range: the length of the previous period a KPI compares with. */
  days: number;
}

const DAY_MS = 86_400_000;

export function widgetScope(filters: DashboardFilters, now: Date): WidgetScope {
  const today = lastDays(1, now).to;
  const range = resolveDashboardDates(filters.date, today);
  const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1;
  return { filters, today, range, days };
}

/** The one value of a global list filter, for the APIs that take a single channel or language. */
export const single = <T>(values: readonly T[] | undefined): T | undefined =>
  values?.length === 1 ? values[0] : undefined;
