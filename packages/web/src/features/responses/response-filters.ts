// The filters of a survey's responses and how they become the list's query string.
import type { Channel, SurveyResponse } from "@touchpoint/core";

export interface ResponseFilters {
  /** Dates as the date inputs give them, "2025-03-31", in the viewer's time zone. */
  from: string;
  to: string;
  channel: Channel | null;
  language: string | null;
  status: SurveyResponse["status"] | null;
  hiddenKey: string | null;
  hiddenValue: string;
}

export const NO_FILTERS: ResponseFilters = {
  from: "",
  to: "",
  channel: null,
  language: null,
  status: null,
  hiddenKey: null,
  hiddenValue: "",
};

export const hasFilters = (filters: ResponseFilters) =>
  Boolean(
    filters.from ||
      filters.to ||
      filters.channel ||
      filters.language ||
      filters.status ||
      (filters.hiddenKey && filters.hiddenValue),
  );

/** Local midnight at the start of `from` and the last millisecond of `to`, sent as instants. */
export function filtersToQuery(filters: ResponseFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.from) query.set("from", new Date(`${filters.from}T00:00:00`).toISOString());
  if (filters.to) query.set("to", new Date(`${filters.to}T23:59:59.999`).toISOString());
  if (filters.channel) query.set("channel", filters.channel);
  if (filters.language) query.set("language", filters.language);
  if (filters.status) query.set("status", filters.status);
  if (filters.hiddenKey && filters.hiddenValue.trim()) {
    query.append("hidden", `${filters.hiddenKey}:${filters.hiddenValue.trim()}`);
  }
  return query;
}
