// The CX dashboard's global filters as they live in the URL (?survey=&days=&channel=), and the date range
// and analytics filters they stand for. Pure, so a link, a reload and the tests read them the same way.
import { type AnalyticsFilters, CHANNELS, type Channel } from "@touchpoint/core";

export const RANGE_PRESETS = [30, 90, 365] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
const DEFAULT_RANGE: RangePreset = 90;

export interface DashboardFilters {
  /** Null until the reader picks one: the page then shows its default survey. */
  surveyId: string | null;
  days: RangePreset;
  channel: Channel | null;
}

export interface DateRange {
  /** Inclusive local dates, YYYY-MM-DD. */
  from: string;
  to: string;
}

/** Unknown or missing values fall back to the defaults, so a hand-edited link still opens a dashboard. */
export function readDashboardFilters(params: URLSearchParams): DashboardFilters {
  const days = Number(params.get("days"));
  const channel = params.get("channel");
  return {
    surveyId: params.get("survey") || null,
    days: RANGE_PRESETS.find((preset) => preset === days) ?? DEFAULT_RANGE,
    channel: CHANNELS.find((known) => known === channel) ?? null,
  };
}

/** Defaults are left out of the URL, so the plain /dashboard link is the default view. */
export function writeDashboardFilters(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.surveyId) params.set("survey", filters.surveyId);
  if (filters.days !== DEFAULT_RANGE) params.set("days", String(filters.days));
  if (filters.channel) params.set("channel", filters.channel);
  return params;
}

const localDate = (date: Date) =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, "0"))
    .join("-");

/**
 * The last `days` local days ending today, both ends included: "last 30 days" on 2026-03-30 is 03-01..03-30.
 * `today` carries the workspace's date in its local fields (`workspaceToday`), so the range is in the
 * calendar the API counts days in, whatever the browser's time zone.
 */
export function lastDays(days: number, today: Date): DateRange {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: localDate(start), to: localDate(today) };
}

export function toAnalyticsFilters(filters: DashboardFilters, range: DateRange): AnalyticsFilters {
  return { ...range, ...(filters.channel ? { channels: [filters.channel] } : {}) };
}
