// Topic trends and emerging themes of the current workspace, over the API's default windows.
import { useQuery } from "@tanstack/react-query";
import type { EmergingThemesResponse, TopicTrends, TrendGrain } from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { textKeys } from "./text-query-keys.ts";

/** Series labels come in `language`, the UI's. */
export function useTopicTrends(grain: TrendGrain, language: "vi" | "en") {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: textKeys.trends(workspace.id, grain, language),
    queryFn: () =>
      api.get<TopicTrends>(`/api/v1/text/topics/trends?${new URLSearchParams({ grain, language })}`),
  });
}

export function useEmergingThemes() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: textKeys.emergingThemes(workspace.id),
    queryFn: () => api.get<EmergingThemesResponse>("/api/v1/text/themes/emerging"),
  });
}
