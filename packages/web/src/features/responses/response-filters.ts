// The filters and order of a survey's responses: how they live in the page's URL and how they become the
// list's query string.
import { CHANNELS, type Channel, RESPONSE_STATUSES, type SurveyResponse } from "@touchpoint/core";

/** Newest received first (the API's default), or by completion time. */
export const RESPONSE_SORTS = ["-created_at", "-submitted_at", "submitted_at"] as const;
export type ResponseSort = (typeof RESPONSE_SORTS)[number];

export interface ResponseFilters {
  /** Dates as the date inputs give them, "2025-03-31", in the viewer's time zone. */
  from: string;
  to: string;
  channel: Channel | null;
  language: string | null;
  status: SurveyResponse["status"] | null;
  hiddenKey: string | null;
  hiddenValue: string;
  answerQuestion: string | null;
  /** The value as the API reads it (answer-filter.ts): "branch,app", "0..6", "detractor". */
  answerValue: string;
  sort: ResponseSort;
}

export const NO_FILTERS: ResponseFilters = {
  from: "",
  to: "",
  channel: null,
  language: null,
  status: null,
  hiddenKey: null,
  hiddenValue: "",
  answerQuestion: null,
  answerValue: "",
  sort: "-created_at",
};

/** Whether anything narrows the list (the order does not). */
export const hasFilters = (filters: ResponseFilters) =>
  Boolean(
    filters.from ||
      filters.to ||
      filters.channel ||
      filters.language ||
      filters.status ||
      (filters.hiddenKey && filters.hiddenValue.trim()) ||
      (filters.answerQuestion && filters.answerValue),
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
  if (filters.answerQuestion && filters.answerValue) {
    query.append("answer", `${filters.answerQuestion}:${filters.answerValue}`);
  }
  if (filters.sort !== NO_FILTERS.sort) query.set("sort", filters.sort);
  return query;
}

/**
 * The filters as the page's URL keeps them: the API's parameter names, dates as typed, and a field or
 * question chosen but not yet given a value kept too (`hidden=touchpoint:`), so typing survives a reload.
 */
export function filtersToSearch(filters: ResponseFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.from) search.set("from", filters.from);
  if (filters.to) search.set("to", filters.to);
  if (filters.channel) search.set("channel", filters.channel);
  if (filters.language) search.set("language", filters.language);
  if (filters.status) search.set("status", filters.status);
  if (filters.hiddenKey) search.set("hidden", `${filters.hiddenKey}:${filters.hiddenValue}`);
  if (filters.answerQuestion) search.set("answer", `${filters.answerQuestion}:${filters.answerValue}`);
  if (filters.sort !== NO_FILTERS.sort) search.set("sort", filters.sort);
  return search;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;
/** `key:value` split at the first colon; null without a colon. */
function pairOf(text: string | null): [string, string] | null {
  const at = text?.indexOf(":") ?? -1;
  return text && at > 0 ? [text.slice(0, at), text.slice(at + 1)] : null;
}

/** Reads filters back from a URL; anything unreadable (an edited or old link) is left out, not an error. */
export function filtersFromSearch(search: URLSearchParams): ResponseFilters {
  const date = (name: string) => {
    const value = search.get(name) ?? "";
    return DATE.test(value) ? value : "";
  };
  const hidden = pairOf(search.get("hidden"));
  const answer = pairOf(search.get("answer"));
  return {
    from: date("from"),
    to: date("to"),
    channel: oneOf(CHANNELS, search.get("channel")),
    language: search.get("language") || null,
    status: oneOf(RESPONSE_STATUSES, search.get("status")),
    hiddenKey: hidden?.[0] ?? null,
    hiddenValue: hidden?.[1] ?? "",
    answerQuestion: answer?.[0] ?? null,
    answerValue: answer?.[1] ?? "",
    sort: oneOf(RESPONSE_SORTS, search.get("sort")) ?? NO_FILTERS.sort,
  };
}
