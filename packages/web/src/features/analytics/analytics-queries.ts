// The analytics API as TanStack Query hooks: a survey's summary, analytics queries, and key drivers; and
// the live surveys the dashboard can show, with their definitions.
import { useQueries, useQuery } from "@tanstack/react-query";
import type {
  AnalyticsDriversInput,
  AnalyticsDriversResult,
  AnalyticsQueryInput,
  AnalyticsQueryResult,
  AnalyticsSummary,
  AnalyticsSummaryQuery,
  Survey,
} from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { surveyKeys } from "../surveys/survey-query-keys.ts";
import { useSurveys } from "../surveys/surveys-queries.ts";
import { analyticsKeys } from "./analytics-query-keys.ts";

export function useSurveySummary(surveyId: string, query: AnalyticsSummaryQuery) {
  const { workspace } = useCurrentMe();
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  ).toString();
  return useQuery({
    queryKey: analyticsKeys.summary(workspace.id, surveyId, search),
    queryFn: () =>
      api.get<AnalyticsSummary>(`/api/v1/surveys/${encodeURIComponent(surveyId)}/summary?${search}`),
  });
}

const analyticsQueryOptions = (workspaceId: string, input: AnalyticsQueryInput) => ({
  queryKey: analyticsKeys.query(workspaceId, input),
  queryFn: () => api.post<AnalyticsQueryResult>("/api/v1/analytics/query", input),
});

/** `enabled: false` waits, e.g. for a survey without an NPS question. */
export function useAnalyticsQuery(input: AnalyticsQueryInput, enabled = true) {
  const { workspace } = useCurrentMe();
  return useQuery({ ...analyticsQueryOptions(workspace.id, input), enabled });
}

/** Several queries at once, e.g. the rows of a heatmap, each cached on its own. */
export function useAnalyticsQueries(inputs: readonly AnalyticsQueryInput[]) {
  const { workspace } = useCurrentMe();
  return useQueries({ queries: inputs.map((input) => analyticsQueryOptions(workspace.id, input)) });
}

export function useDrivers(input: AnalyticsDriversInput, enabled = true) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: analyticsKeys.drivers(workspace.id, input),
    queryFn: () => api.post<AnalyticsDriversResult>("/api/v1/analytics/drivers", input),
    enabled,
  });
}

/**
 * Live surveys with their definitions, in the list's order: the picker needs titles, the widgets need the
 * questions. Each definition shares the survey editor's cache entry.
 */
export function useLiveSurveys() {
  const { workspace } = useCurrentMe();
  const list = useSurveys("live");
  const details = useQueries({
    queries: (list.data ?? []).map((summary) => ({
      queryKey: surveyKeys.detail(workspace.id, summary.id),
      queryFn: () => api.get<Survey>(`/api/v1/surveys/${encodeURIComponent(summary.id)}`),
    })),
  });
  const failed = details.find((detail) => detail.error);
  return {
    surveys: details.flatMap((detail) => (detail.data ? [detail.data] : [])),
    isPending: list.isPending || details.some((detail) => detail.isPending),
    error: list.error ?? failed?.error ?? null,
    refetch: () => void list.refetch(),
  };
}
