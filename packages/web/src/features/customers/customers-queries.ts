// Customer profiles of the current workspace: search (optionally within a segment) with "load more", one
// profile, create and change.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Customer, CustomerInput, CustomerPatch } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { type CustomerSearch, customerKeys } from "./customer-query-keys.ts";

const PAGE_SIZE = 50;

interface CustomersPage {
  items: Customer[];
  nextCursor: string | null;
}

const customerPath = (id: string) => `/api/v1/customers/${encodeURIComponent(id)}`;

/** Customers matching the search (the server folds diacritics and reads phone numbers), a page at a time. */
export function useCustomers(search: CustomerSearch) {
  const { workspace } = useCurrentMe();
  return useInfiniteQuery({
    queryKey: customerKeys.list(workspace.id, search),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (search.q) query.set("q", search.q);
      if (search.tag) query.set("tag", search.tag);
      if (search.segment) query.set("segment", search.segment);
      if (pageParam) query.set("cursor", pageParam);
      return api.get<CustomersPage>(`/api/v1/customers?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
    // Typing a new search keeps the last rows on screen until the new ones arrive.
    placeholderData: (previous) => previous,
  });
}

export function useCustomer(id: string | null) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.detail(workspace.id, id ?? ""),
    queryFn: () => api.get<Customer>(customerPath(id ?? "")),
    enabled: id !== null,
  });
}

/**
 * After a change: the profile from the answer; its timeline and context, every list and segment count
 * refetched (names, tags and phones show there, and the change may move the customer in or out of segments).
 */
function useStoreCustomer() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return async (customer: Customer) => {
    const detail = customerKeys.detail(workspace.id, customer.id);
    queryClient.setQueryData(detail, customer);
    await Promise.all([
      queryClient.invalidateQueries({
        queryKey: detail,
        predicate: (query) => query.queryKey.length > detail.length,
      }),
      queryClient.invalidateQueries({ queryKey: customerKeys.lists(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: [...customerKeys.all(workspace.id), "segment-count"] }),
    ]);
  };
}

export function useCreateCustomer() {
  const store = useStoreCustomer();
  return useMutation({
    mutationFn: (input: CustomerInput) => api.post<Customer>("/api/v1/customers", input),
    onSuccess: store,
  });
}

/** One mutation per editor, so each section of a profile shows only its own errors. */
export function useUpdateCustomer(id: string) {
  const store = useStoreCustomer();
  return useMutation({
    mutationFn: (patch: CustomerPatch) => api.patch<Customer>(customerPath(id), patch),
    onSuccess: store,
  });
}
