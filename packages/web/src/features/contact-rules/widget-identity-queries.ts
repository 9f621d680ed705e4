// The workspace's widget identity secret: read (created on first read) and rotated by owners and admins.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { workspaceKeys } from "../../api/query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";

export interface WidgetIdentitySecret {
  secret: string;
  createdAt: string;
}

const secretKey = (workspaceId: string) =>
  [...workspaceKeys.all(workspaceId), "widget-identity-secret"] as const;

export function useWidgetIdentitySecret(enabled: boolean) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: secretKey(workspace.id),
    queryFn: () => api.get<WidgetIdentitySecret>("/api/v1/widget-identity-secret"),
    enabled,
  });
}

export function useRotateWidgetIdentitySecret() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<WidgetIdentitySecret>("/api/v1/widget-identity-secret/rotate"),
    onSuccess: async (rotated) => {
      queryClient.setQueryData(secretKey(workspace.id), rotated);
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) });
    },
  });
}
