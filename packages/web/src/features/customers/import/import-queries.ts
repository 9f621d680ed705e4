// The customer import: a CSV file read in the browser, sent as text/csv to POST /customers/import, which runs
// the same import as `touchpoint customers import` and answers its report.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, TextBody } from "../../../api/client.ts";
import { workspaceKeys } from "../../../api/query-keys.ts";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { customerKeys } from "../customer-query-keys.ts";

/** The server's report (customer-import.ts): shared import counts and the customers' own. */
export interface CustomerImportReport {
  rows: number;
  /** created + updated. */
  stored: number;
  /** Rows whose customer already had everything they say. */
  duplicates: number;
  failed: number;
  created: number;
  updated: number;
  mergeSuggestions: number;
  /** The first 1,000 bad rows; `failed` counts them all. */
  errors: { row: number; errors: { path: string; message: string }[] }[];
  warnings: string[];
}

export interface CsvFile {
  fileName: string;
  text: string;
}

export function useImportCustomers() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: CsvFile) =>
      api.post<CustomerImportReport>(
        `/api/v1/customers/import?${new URLSearchParams({ fileName: file.fileName })}`,
        new TextBody(file.text, "text/csv"),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customerKeys.all(workspace.id) }),
        queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
      ]),
  });
}
