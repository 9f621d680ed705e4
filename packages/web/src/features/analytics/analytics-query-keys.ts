// TanStack Query keys of the CX dashboard, under the workspace so a switch never shows another workspace's
// figures; each request body is part of its key, so every widget caches its own question.
import { workspaceKeys } from "../../api/query-keys.ts";

const analytics = (workspaceId: string) => [...workspaceKeys.all(workspaceId), "analytics"] as const;

export const analyticsKeys = {
  all: analytics,
  summary: (workspaceId: string, surveyId: string, query: string) =>
    [...analytics(workspaceId), "summary", surveyId, query] as const,
  query: (workspaceId: string, input: unknown) => [...analytics(workspaceId), "query", input] as const,
  drivers: (workspaceId: string, input: unknown) => [...analytics(workspaceId), "drivers", input] as const,
};
