// The comment explorer's filters: how they live in the page's URL (the API's own parameter names, so a
// shared link and the request read alike) and which of them reach the API.
import type { CommentFilters, Sentiment, TextSourceKind } from "@touchpoint/core";

// The dashboard takes only types from core's text module: importing a value from it would bring its language
// and sentiment models into the bundle. A record keyed by the type keeps these lists complete.
export const SENTIMENTS = Object.keys({
  negative: true,
  neutral: true,
  positive: true,
} satisfies Record<Sentiment, true>) as Sentiment[];

export const SOURCE_KINDS = Object.keys({
  response_answer: true,
  interaction_note: true,
} satisfies Record<TextSourceKind, true>) as TextSourceKind[];

export interface CommentFilterState {
  q: string;
  sentiment: Sentiment | null;
  topic: string | null;
  language: string | null;
  kind: TextSourceKind | null;
  surveyId: string | null;
  /** A touchpoint key: the interaction's touchpoint, or a response's hidden field `touchpoint`. */
  touchpoint: string | null;
  /** Days as the date inputs give them ("2026-03-31"), read by the server in the workspace's time zone. */
  from: string;
  to: string;
  labelled: boolean | null;
}

export const NO_COMMENT_FILTERS: CommentFilterState = {
  q: "",
  sentiment: null,
  topic: null,
  language: null,
  kind: null,
  surveyId: null,
  touchpoint: null,
  from: "",
  to: "",
  labelled: null,
};

/** Parameters sent as they are; named after core's filter schema, so a renamed one fails to compile. */
const SINGLE_VALUES = [
  "sentiment",
  "topic",
  "language",
  "kind",
  "surveyId",
  "touchpoint",
  "from",
  "to",
] as const satisfies readonly (keyof CommentFilters & keyof CommentFilterState)[];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The longest touchpoint key the API takes. */
const TOUCHPOINT_MAX = 100;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

/** Reads the URL leniently: a value the page could not have written (an edited link) is ignored. */
export function readCommentFilters(search: URLSearchParams): CommentFilterState {
  const day = (key: string) => {
    const value = search.get(key) ?? "";
    return DAY.test(value) ? value : "";
  };
  const labelled = search.get("labelled");
  const touchpoint = search.get("touchpoint")?.trim() ?? "";
  return {
    q: search.get("q") ?? "",
    sentiment: oneOf(SENTIMENTS, search.get("sentiment")),
    topic: search.get("topic") || null,
    language: search.get("language") || null,
    kind: oneOf(SOURCE_KINDS, search.get("kind")),
    surveyId: search.get("surveyId") || null,
    touchpoint: touchpoint && touchpoint.length <= TOUCHPOINT_MAX ? touchpoint : null,
    from: day("from"),
    to: day("to"),
    labelled: labelled === "true" ? true : labelled === "false" ? false : null,
  };
}

/** The filters as query parameters, for the URL and for GET /text/comments alike; empty ones left out. */
export function commentFiltersToSearch(filters: CommentFilterState): URLSearchParams {
  const search = new URLSearchParams();
  const q = filters.q.trim();
  if (q) search.set("q", q);
  for (const key of SINGLE_VALUES) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  if (filters.labelled !== null) search.set("labelled", String(filters.labelled));
  return search;
}

/** Whether anything narrows the list, which changes what the empty state says. */
export const hasCommentFilters = (filters: CommentFilterState) => commentFiltersToSearch(filters).size > 0;
