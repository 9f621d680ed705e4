// A customer's timeline (a page at a time, newest first) and the context a front-line employee reads. Both
// follow a merged customer to its survivor, as the API does.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { CustomerContext, TimelineKind, TimelinePage } from "@touchpoint/core";
import { api } from "../../../api/client.ts";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { customerKeys } from "../customer-query-keys.ts";

const PAGE_SIZE = 30;
const customerPath = (id: string) => `/api/v1/customers/${encodeURIComponent(id)}`;

/** `types`: the kinds to show; all of them when every kind is chosen. */
export function useTimeline(customerId: string, types: readonly TimelineKind[]) {
  const { workspace } = useCurrentMe();
  return useInfiniteQuery({
    queryKey: customerKeys.timeline(workspace.id, customerId, types),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE), types: types.join(",") });
      if (pageParam) query.set("cursor", pageParam);
      return api.get<TimelinePage>(`${customerPath(customerId)}/timeline?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Whose timeline it is: the survivor's when the customer was merged.
    select: (data) => ({
      customerId: data.pages[0]?.customerId ?? customerId,
      items: data.pages.flatMap((page) => page.items),
    }),
    enabled: types.length > 0,
  });
}

export function useCustomerContext(customerId: string) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.context(workspace.id, customerId),
    queryFn: () => api.get<CustomerContext>(`${customerPath(customerId)}/context`),
  });
}
