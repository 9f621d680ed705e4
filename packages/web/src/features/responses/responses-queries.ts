// Responses of one survey, newest first, a page at a time, with the filters of the Responses tab.
import { useInfiniteQuery } from "@tanstack/react-query";
import type { SurveyResponse } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { surveyKeys } from "../surveys/survey-query-keys.ts";
import { filtersToQuery, type ResponseFilters } from "./response-filters.ts";

const PAGE_SIZE = 50;

interface ResponsesPage {
  items: SurveyResponse[];
  nextCursor: string | null;
}

export function useResponses(surveyId: string, filters: ResponseFilters) {
  const { workspace } = useCurrentMe();
  return useInfiniteQuery({
    queryKey: surveyKeys.responses(workspace.id, surveyId, filters),
    queryFn: ({ pageParam }) => {
      const query = filtersToQuery(filters);
      query.set("limit", String(PAGE_SIZE));
      if (pageParam) query.set("cursor", pageParam);
      return api.get<ResponsesPage>(`/api/v1/surveys/${encodeURIComponent(surveyId)}/responses?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}
