// The workspace's trained text models: the list, training one, activating one (a rollback) and going back
// to the default model. Each change starts a re-enrichment, whose progress the taxonomy tab shows.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TextModelTask, WorkspaceModel, WorkspaceModelList } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { textKeys } from "./text-query-keys.ts";

const modelsKey = (workspaceId: string) => [...textKeys.all(workspaceId), "models"] as const;

export function useWorkspaceModels() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: modelsKey(workspace.id),
    queryFn: () => api.get<WorkspaceModelList>("/api/v1/text/models"),
  });
}

/** After a change: the list and the run it started are read again. */
function useRefreshModels() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: modelsKey(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: textKeys.reenrichment(workspace.id) }),
    ]);
  };
}

export function useTrainModel() {
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (task: TextModelTask) => api.post<WorkspaceModel>("/api/v1/text/models", { task }),
    onSuccess: refresh,
  });
}

export function useActivateModel() {
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<WorkspaceModel>(`/api/v1/text/models/${encodeURIComponent(id)}/activate`),
    onSuccess: refresh,
  });
}

export function useDeactivateModel() {
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (task: TextModelTask) =>
      api.post<WorkspaceModelList>(`/api/v1/text/models/deactivate?task=${task}`),
    onSuccess: refresh,
  });
}
