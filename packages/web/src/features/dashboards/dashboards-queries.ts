// Saved dashboards through /api/v1/analytics/dashboards: the list (the default first), one dashboard, and
// the changes an editor makes; every change refreshes the lists and stores the answer as the detail.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Dashboard, DashboardInput, DashboardSummary, DashboardUpdate } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { dashboardKeys } from "./dashboard-query-keys.ts";

const BASE = "/api/v1/analytics/dashboards";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export function useDashboards(team: string | null) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: dashboardKeys.list(workspace.id, team),
    queryFn: () =>
      api.get<{ items: DashboardSummary[] }>(team ? `${BASE}?${new URLSearchParams({ team })}` : BASE),
    select: (list) => list.items,
  });
}

export function useDashboard(id: string) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: dashboardKeys.detail(workspace.id, id),
    queryFn: () => api.get<Dashboard>(path(id)),
  });
}

function useDashboardMutation<Input>(send: (input: Input) => Promise<Dashboard | undefined>) {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (dashboard) => {
      if (dashboard) queryClient.setQueryData(dashboardKeys.detail(workspace.id, dashboard.id), dashboard);
      return queryClient.invalidateQueries({ queryKey: [...dashboardKeys.all(workspace.id), "list"] });
    },
  });
}

export const useCreateDashboard = () =>
  useDashboardMutation((input: DashboardInput) => api.post<Dashboard>(BASE, input));

/** A replacement made from `version`; a 409 means someone saved since. */
export const useUpdateDashboard = (id: string) =>
  useDashboardMutation((input: DashboardUpdate) => api.put<Dashboard>(path(id), input));

export const useDuplicateDashboard = () =>
  useDashboardMutation((input: { id: string; name: string }) =>
    api.post<Dashboard>(`${path(input.id)}/duplicate`, { name: input.name }),
  );

export const useDeleteDashboard = () =>
  useDashboardMutation(async (id: string) => {
    await api.delete(path(id));
    return undefined;
  });
