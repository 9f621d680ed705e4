// The audit log of the current workspace, newest first, fetched a page at a time with a cursor.
import { useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEntry } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { workspaceKeys } from "../../api/query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";

const PAGE_SIZE = 50;

interface AuditLogPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export function useAuditLog() {
  const { workspace } = useCurrentMe();
  return useInfiniteQuery({
    queryKey: workspaceKeys.auditLog(workspace.id),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) query.set("cursor", pageParam);
      return api.get<AuditLogPage>(`/api/v1/audit-log?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}
