// Data-subject requests on a profile: the export is a plain download link (GET, audited by the server);
// erasure is a call that changes everything about the customer, so all customer data is refetched after it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client.ts";
import { workspaceKeys } from "../../../api/query-keys.ts";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { customerKeys } from "../customer-query-keys.ts";

/** The server's answer (privacy-shapes.ts): how many records of each kind lost their personal data. */
export interface Erasure {
  customerId: string;
  erasedAt: string;
  erased: Partial<Record<string, number>>;
}

export const exportPath = (customerId: string) =>
  `/api/v1/customers/${encodeURIComponent(customerId)}/export`;

export function useEraseCustomer() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (customerId: string) =>
      api.post<Erasure>(`/api/v1/customers/${encodeURIComponent(customerId)}/erase`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customerKeys.all(workspace.id) }),
        queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
      ]),
  });
}
