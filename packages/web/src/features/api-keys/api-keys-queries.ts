// API keys of the current workspace: list, create (the secret comes back once), revoke.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiKey, CreateApiKeyInput } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { workspaceKeys } from "../../api/query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";

/** What POST /api-keys returns: the stored key, and the secret that is never shown again. */
export interface CreatedApiKey {
  apiKey: ApiKey;
  key: string;
}

export function useApiKeys() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: workspaceKeys.apiKeys(workspace.id),
    queryFn: () => api.get<{ items: ApiKey[] }>("/api/v1/api-keys"),
    select: (page) => page.items,
  });
}

function useRefreshAfterChange() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: workspaceKeys.apiKeys(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
    ]);
  };
}

export function useCreateApiKey() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) => api.post<CreatedApiKey>("/api/v1/api-keys", input),
    onSuccess: refresh,
  });
}

export function useRevokeApiKey() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/api-keys/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}
