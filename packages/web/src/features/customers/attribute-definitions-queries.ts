// The customer attributes the workspace defines: read by everyone (profiles label values with them),
// defined, relabelled and removed by owners and admins.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AttributeDefinition } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { workspaceKeys } from "../../api/query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { customerKeys } from "./customer-query-keys.ts";

const attributePath = (key: string) => `/api/v1/customer-attributes/${encodeURIComponent(key)}`;

export function useAttributeDefinitions() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.attributes(workspace.id),
    queryFn: () => api.get<{ items: AttributeDefinition[] }>("/api/v1/customer-attributes"),
    select: (list) => list.items,
  });
}

function useRefreshAfterChange() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerKeys.attributes(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
    ]);
}

/** Defines an attribute or relabels it; the server refuses a change of type (409 attribute_type_fixed). */
export function useDefineAttribute() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: ({ key, ...definition }: AttributeDefinition) =>
      api.put<AttributeDefinition>(attributePath(key), definition),
    onSuccess: refresh,
  });
}

export function useRemoveAttribute() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (key: string) => api.delete(attributePath(key)),
    onSuccess: refresh,
  });
}
