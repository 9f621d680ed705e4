// Live figures: one EventSource on GET /api/v1/analytics/events while a dashboard is open; each `rollup`
// event refreshes the cached reads of the surveys it names (and reads spanning surveys), so new responses
// appear without a reload. Same-origin, so the session cookie goes with it as with every other API call;
// the browser reconnects by itself after the server ends a stream.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useCurrentMe } from "../auth/current-me.tsx";
import { ANY_SURVEY, analyticsKeys } from "./analytics-query-keys.ts";
import { readRollupSurveyIds } from "./rollup-event.ts";

export const LIVE_EVENTS_PATH = "/api/v1/analytics/events";

export function useLiveRollups(): void {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource(LIVE_EVENTS_PATH);
    const refresh = (event: MessageEvent<string>) => {
      for (const surveyId of [...readRollupSurveyIds(event.data), ANY_SURVEY]) {
        void queryClient.invalidateQueries({ queryKey: analyticsKeys.survey(workspace.id, surveyId) });
      }
    };
    source.addEventListener("rollup", refresh);
    return () => {
      source.removeEventListener("rollup", refresh);
      source.close();
    };
  }, [workspace.id, queryClient]);
}
