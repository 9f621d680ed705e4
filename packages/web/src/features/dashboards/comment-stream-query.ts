// The comments widget's read: the newest comments matching its filters over the global dates, keyed under
// their survey so a rollup event for it refreshes the stream with the figures.
import { useQuery } from "@tanstack/react-query";
import type { CommentPage, DashboardWidget } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { analyticsKeys } from "../analytics/analytics-query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { single, type WidgetScope } from "./widget-scope.ts";

type CommentsWidget = Extract<DashboardWidget, { kind: "comments" }>;

/**
 * The query string of GET /text/comments: the global channels apply all (the API takes a list), the global
 * language only when exactly one is chosen (it takes one).
 */
export function commentStreamSearch(widget: Pick<CommentsWidget, "filters" | "limit">, scope: WidgetScope) {
  const language = widget.filters.language ?? single(scope.filters.languages);
  const channels = scope.filters.channels?.length ? scope.filters.channels.join(",") : undefined;
  const entries: [string, string | undefined][] = [
    ["sentiment", widget.filters.sentiment],
    ["topic", widget.filters.topic],
    ["language", language],
    ["channel", channels],
    ["surveyId", widget.filters.surveyId],
    ["questionId", widget.filters.questionId],
    ["from", scope.range.from],
    ["to", scope.range.to],
    ["limit", String(widget.limit)],
  ];
  return new URLSearchParams(
    entries.filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
}

export function useCommentStream(widget: Pick<CommentsWidget, "filters" | "limit">, scope: WidgetScope) {
  const { workspace } = useCurrentMe();
  const search = commentStreamSearch(widget, scope);
  return useQuery({
    queryKey: analyticsKeys.comments(workspace.id, widget.filters.surveyId, search),
    queryFn: () => api.get<CommentPage>(`/api/v1/text/comments?${search}`),
  });
}
