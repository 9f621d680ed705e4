// TanStack Query keys of customers and attribute definitions, under the workspace so a switch never shows
// another workspace's profiles. A profile's later parts (timeline) go under its detail key.
import { workspaceKeys } from "../../api/query-keys.ts";

export interface CustomerSearch {
  q: string;
  tag: string;
}

export const customerKeys = {
  all: (workspaceId: string) => [...workspaceKeys.all(workspaceId), "customers"] as const,
  lists: (workspaceId: string) => [...workspaceKeys.all(workspaceId), "customers", "list"] as const,
  list: (workspaceId: string, search: CustomerSearch) =>
    [...workspaceKeys.all(workspaceId), "customers", "list", search] as const,
  detail: (workspaceId: string, id: string) =>
    [...workspaceKeys.all(workspaceId), "customers", "detail", id] as const,
  attributes: (workspaceId: string) => [...workspaceKeys.all(workspaceId), "customer-attributes"] as const,
};
