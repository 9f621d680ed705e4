// The TanStack Query client: no retries for a client's mistake, and a 401 anywhere re-checks the session.
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/client.ts";
import { isUnauthenticated } from "./api/describe-error.ts";
import { ME_QUERY_KEY } from "./features/auth/auth-queries.ts";

export function createQueryClient(): QueryClient {
  // A 401 on any call means the session ended; refetching /me lets the auth gate send the person to /login.
  const recheckSession = () => void client.invalidateQueries({ queryKey: ME_QUERY_KEY });
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthenticated(error) && query.queryKey[0] !== ME_QUERY_KEY[0]) recheckSession();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isUnauthenticated(error) && !mutation.meta?.expectsUnauthenticated) recheckSession();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // 4xx answers will not change on a retry; network failures and 5xx get two more tries.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return client;
}
