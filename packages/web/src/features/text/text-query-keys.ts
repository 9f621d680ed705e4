// TanStack Query keys of the comment explorer, under the workspace so a switch never shows another
// workspace's feedback. Comment lists share a prefix, so a label or a re-enrichment refreshes them all.
import { workspaceKeys } from "../../api/query-keys.ts";

const text = (workspaceId: string) => [...workspaceKeys.all(workspaceId), "text"] as const;

export const textKeys = {
  all: text,
  comments: (workspaceId: string) => [...text(workspaceId), "comments"] as const,
  commentList: (workspaceId: string, search: string) => [...text(workspaceId), "comments", search] as const,
  labelsSummary: (workspaceId: string) => [...text(workspaceId), "labels-summary"] as const,
  trends: (workspaceId: string, grain: string, language: string) =>
    [...text(workspaceId), "trends", grain, language] as const,
  emergingThemes: (workspaceId: string) => [...text(workspaceId), "emerging-themes"] as const,
  taxonomy: (workspaceId: string) => [...text(workspaceId), "taxonomy"] as const,
  reenrichment: (workspaceId: string) => [...text(workspaceId), "reenrichment"] as const,
};
