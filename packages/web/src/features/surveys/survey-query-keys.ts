// TanStack Query keys of surveys and their responses, under the workspace so a switch never shows stale rows.
import { workspaceKeys } from "../../api/query-keys.ts";

export const surveyKeys = {
  all: (workspaceId: string) => [...workspaceKeys.all(workspaceId), "surveys"] as const,
  lists: (workspaceId: string) => [...workspaceKeys.all(workspaceId), "surveys", "list"] as const,
  list: (workspaceId: string, status: string) =>
    [...workspaceKeys.all(workspaceId), "surveys", "list", status] as const,
  detail: (workspaceId: string, id: string) =>
    [...workspaceKeys.all(workspaceId), "surveys", "detail", id] as const,
  quotas: (workspaceId: string, id: string) =>
    [...workspaceKeys.all(workspaceId), "surveys", "detail", id, "quotas"] as const,
  responses: (workspaceId: string, id: string, filters: unknown) =>
    [...workspaceKeys.all(workspaceId), "surveys", "detail", id, "responses", filters] as const,
};
