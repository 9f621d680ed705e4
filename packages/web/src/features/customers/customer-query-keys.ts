// TanStack Query keys of customers, their segments and personas, under the workspace so a switch never shows
// another workspace's profiles. A profile's later parts (timeline, context, merges) go under its detail key,
// so invalidating a profile refreshes them too.
import { workspaceKeys } from "../../api/query-keys.ts";

export interface CustomerSearch {
  q: string;
  tag: string;
  /** A segment id: only its customers. */
  segment: string;
}

const customers = (workspaceId: string) => [...workspaceKeys.all(workspaceId), "customers"] as const;

export const customerKeys = {
  all: customers,
  lists: (workspaceId: string) => [...customers(workspaceId), "list"] as const,
  list: (workspaceId: string, search: CustomerSearch) => [...customers(workspaceId), "list", search] as const,
  detail: (workspaceId: string, id: string) => [...customers(workspaceId), "detail", id] as const,
  timeline: (workspaceId: string, id: string, types: readonly string[]) =>
    [...customers(workspaceId), "detail", id, "timeline", types] as const,
  context: (workspaceId: string, id: string) => [...customers(workspaceId), "detail", id, "context"] as const,
  merges: (workspaceId: string, id: string) => [...customers(workspaceId), "detail", id, "merges"] as const,
  suggestions: (workspaceId: string) => [...customers(workspaceId), "merge-suggestions"] as const,
  suggestionList: (workspaceId: string, status: string) =>
    [...customers(workspaceId), "merge-suggestions", status] as const,
  attributes: (workspaceId: string) => [...workspaceKeys.all(workspaceId), "customer-attributes"] as const,
  segments: (workspaceId: string) => [...workspaceKeys.all(workspaceId), "segments"] as const,
  segment: (workspaceId: string, id: string) => [...workspaceKeys.all(workspaceId), "segments", id] as const,
  /** Counts and previews are under the customers too: they change whenever a profile does. */
  segmentCount: (workspaceId: string, id: string) =>
    [...customers(workspaceId), "segment-count", id] as const,
  segmentPreview: (workspaceId: string, definition: string) =>
    [...customers(workspaceId), "segment-preview", definition] as const,
  personas: (workspaceId: string) => [...workspaceKeys.all(workspaceId), "personas"] as const,
  persona: (workspaceId: string, id: string) => [...workspaceKeys.all(workspaceId), "personas", id] as const,
};
