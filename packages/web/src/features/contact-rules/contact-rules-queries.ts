// The workspace's contact policy: read by every member, changed by owners and admins.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ContactPolicy } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { workspaceKeys } from "../../api/query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";

export function useContactPolicy() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: workspaceKeys.contactPolicy(workspace.id),
    queryFn: () => api.get<ContactPolicy>("/api/v1/contact-policy"),
  });
}

export function useSaveContactPolicy() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: ContactPolicy) => api.put<ContactPolicy>("/api/v1/contact-policy", policy),
    onSuccess: async (saved) => {
      queryClient.setQueryData(workspaceKeys.contactPolicy(workspace.id), saved);
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) });
    },
  });
}
