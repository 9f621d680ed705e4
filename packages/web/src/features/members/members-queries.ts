// Members of the current workspace: list, add, change role, remove.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AddMemberInput, Member, Role } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { workspaceKeys } from "../../api/query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";

export function useMembers() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: workspaceKeys.members(workspace.id),
    queryFn: () => api.get<{ items: Member[] }>("/api/v1/members"),
    select: (page) => page.items,
  });
}

/** After any change: refetch the list, and the audit log that now has one more entry. */
function useRefreshAfterChange() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: workspaceKeys.members(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
    ]);
  };
}

export function useAddMember() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (input: AddMemberInput) => api.post<Member>("/api/v1/members", input),
    onSuccess: refresh,
  });
}

export function useChangeMemberRole() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api.patch<Member>(`/api/v1/members/${encodeURIComponent(userId)}`, { role }),
    onSuccess: refresh,
  });
}

export function useRemoveMember() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`/api/v1/members/${encodeURIComponent(userId)}`),
    onSuccess: refresh,
  });
}
