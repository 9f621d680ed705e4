// The workspace's text settings (the longest text analysed): read by every member, changed by text managers.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TextSettings, TextSettingsInput } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { workspaceKeys } from "../../api/query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { textKeys } from "./text-query-keys.ts";

const settingsKey = (workspaceId: string) => [...textKeys.all(workspaceId), "settings"] as const;

export function useTextSettings() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: settingsKey(workspace.id),
    queryFn: () => api.get<TextSettings>("/api/v1/text/settings"),
  });
}

export function useSaveTextSettings() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TextSettingsInput) => api.put<TextSettings>("/api/v1/text/settings", input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(settingsKey(workspace.id), saved);
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) });
    },
  });
}
