// Merges: merge two customers, a customer's merges with undo, and the queue of merge suggestions. A merge
// or an undo changes both profiles, their timelines, lists and segments, so everything about customers is
// refetched after one.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client.ts";
import { workspaceKeys } from "../../../api/query-keys.ts";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { customerKeys } from "../customer-query-keys.ts";
import type {
  CustomerMerge,
  MergeResult,
  MergeSuggestion,
  SuggestionStatus,
  UndoResult,
} from "./merge-types.ts";

const SUGGESTION_PAGE = 20;
/** The badge counts open suggestions up to this many, then shows "200+": the API has no count. */
export const SUGGESTION_COUNT_LIMIT = 200;

interface SuggestionPage {
  items: MergeSuggestion[];
  nextCursor: string | null;
}

function useRefreshCustomers() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerKeys.all(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
    ]);
}

export function useMerges(customerId: string) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.merges(workspace.id, customerId),
    queryFn: () =>
      api.get<{ items: CustomerMerge[] }>(`/api/v1/customers/${encodeURIComponent(customerId)}/merges`),
    select: (list) => list.items,
  });
}

/** Merges `mergedId` into `survivorId`: the survivor keeps its id and receives the other's history. */
export function useMergeCustomers() {
  const refresh = useRefreshCustomers();
  return useMutation({
    mutationFn: ({ survivorId, mergedId }: { survivorId: string; mergedId: string }) =>
      api.post<MergeResult>(`/api/v1/customers/${encodeURIComponent(survivorId)}/merge`, {
        customerId: mergedId,
      }),
    onSuccess: refresh,
  });
}

export function useUndoMerge() {
  const refresh = useRefreshCustomers();
  return useMutation({
    mutationFn: (mergeId: string) =>
      api.post<UndoResult>(`/api/v1/customer-merges/${encodeURIComponent(mergeId)}/undo`),
    onSuccess: refresh,
  });
}

export function useMergeSuggestions(status: SuggestionStatus) {
  const { workspace } = useCurrentMe();
  return useInfiniteQuery({
    queryKey: customerKeys.suggestionList(workspace.id, status),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ status, limit: String(SUGGESTION_PAGE) });
      if (pageParam) query.set("cursor", pageParam);
      return api.get<SuggestionPage>(`/api/v1/customer-merge-suggestions?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

/** How many suggestions are open, for the badge; `more` when there are over SUGGESTION_COUNT_LIMIT. */
export function useOpenSuggestionCount() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: [...customerKeys.suggestionList(workspace.id, "open"), "count"],
    queryFn: () =>
      api.get<SuggestionPage>(
        `/api/v1/customer-merge-suggestions?status=open&limit=${SUGGESTION_COUNT_LIMIT}`,
      ),
    select: (page) => ({ count: page.items.length, more: page.nextCursor !== null }),
  });
}

export function useDismissSuggestion() {
  const refresh = useRefreshCustomers();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<MergeSuggestion>(`/api/v1/customer-merge-suggestions/${encodeURIComponent(id)}/dismiss`),
    onSuccess: refresh,
  });
}
