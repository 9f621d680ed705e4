// TanStack Query keys of the dashboards, under the workspace so a switch never shows another workspace's
// figures, and under the survey they read so a rollup event for a survey refreshes exactly its figures
// (reads not tied to one survey sit under ANY_SURVEY, refreshed by every event). Each request body is part
// of its key, so every widget caches its own question.
import type { AnalyticsDriversInput, AnalyticsQueryInput } from "@touchpoint/core";
import { workspaceKeys } from "../../api/query-keys.ts";

export const ANY_SURVEY = "*";

const analytics = (workspaceId: string) => [...workspaceKeys.all(workspaceId), "analytics"] as const;
const survey = (workspaceId: string, surveyId: string) =>
  [...analytics(workspaceId), "survey", surveyId] as const;

/** The survey a query reads; touchpoint, stage and journey sources span surveys. */
export const surveyOfQuery = (input: AnalyticsQueryInput) =>
  input.source.kind === "survey_question" ? input.source.surveyId : ANY_SURVEY;

export const analyticsKeys = {
  all: analytics,
  survey,
  summary: (workspaceId: string, surveyId: string, query: string) =>
    [...survey(workspaceId, surveyId), "summary", query] as const,
  query: (workspaceId: string, input: AnalyticsQueryInput) =>
    [...survey(workspaceId, surveyOfQuery(input)), "query", input] as const,
  drivers: (workspaceId: string, input: AnalyticsDriversInput) =>
    [...survey(workspaceId, input.surveyId), "drivers", input] as const,
  comments: (workspaceId: string, surveyId: string | undefined, search: string) =>
    [...survey(workspaceId, surveyId ?? ANY_SURVEY), "comments", search] as const,
};
