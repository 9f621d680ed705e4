// TanStack Query keys of saved dashboards, under the workspace so a switch never shows another workspace's.
import { workspaceKeys } from "../../api/query-keys.ts";

const dashboards = (workspaceId: string) => [...workspaceKeys.all(workspaceId), "dashboards"] as const;

export const dashboardKeys = {
  all: dashboards,
  list: (workspaceId: string, team: string | null) => [...dashboards(workspaceId), "list", team] as const,
  detail: (workspaceId: string, id: string) => [...dashboards(workspaceId), "detail", id] as const,
};
