// Who is signed in, and the session actions: log in, log out, switch workspace.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LoginInput, Me } from "@touchpoint/core";
import { api, rememberCsrfToken } from "../../api/client.ts";

export const ME_QUERY_KEY = ["me"] as const;

async function fetchMe(): Promise<Me> {
  const me = await api.get<Me>("/api/v1/me");
  rememberCsrfToken(me.csrfToken);
  return me;
}

export function useMeQuery() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** Stores a fresh Me (from login or a workspace switch) as if GET /me had returned it. */
function useStoreMe() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    rememberCsrfToken(me.csrfToken);
    queryClient.setQueryData(ME_QUERY_KEY, me);
  };
}

export function useLogin() {
  const queryClient = useQueryClient();
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Me>("/api/v1/auth/login", input),
    onSuccess: (me) => {
      // Whatever is cached belongs to the previous session, perhaps another person's.
      queryClient.removeQueries();
      storeMe(me);
    },
    meta: { expectsUnauthenticated: true },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => api.post<void>("/api/v1/auth/logout"),
    onSettled: () => rememberCsrfToken(null),
  });
}

export function useSwitchWorkspace() {
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (workspaceId: string) => api.post<Me>("/api/v1/auth/switch-workspace", { workspaceId }),
    onSuccess: storeMe,
  });
}
