// Opens a response of the timeline in full, in the same drawer as a survey's Responses tab: the survey (for
// its questions) and the response are loaded when the drawer opens.
import { Drawer } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { SurveyResponse, TimelineResponse } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { ResponseDetailDrawer } from "../../responses/response-detail-drawer.tsx";
import { surveyKeys } from "../../surveys/survey-query-keys.ts";
import { useSurvey } from "../../surveys/surveys-queries.ts";

function useResponse(item: TimelineResponse) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: [...surveyKeys.detail(workspace.id, item.surveyId), "response", item.id],
    queryFn: () =>
      api.get<SurveyResponse>(
        `/api/v1/surveys/${encodeURIComponent(item.surveyId)}/responses/${encodeURIComponent(item.id)}`,
      ),
  });
}

function LoadedResponse({ item, onClose }: { item: TimelineResponse; onClose: () => void }) {
  const { t } = useTranslation();
  const survey = useSurvey(item.surveyId);
  const response = useResponse(item);
  if (survey.data && response.data) {
    return <ResponseDetailDrawer survey={survey.data} response={response.data} onClose={onClose} />;
  }
  const error = survey.error ?? response.error;
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={item.surveyTitle}
      closeButtonProps={{ "aria-label": t("app.close") }}
    >
      {error ? <ProblemAlert error={error} /> : <LoadingState />}
    </Drawer>
  );
}

export function TimelineResponseDrawer({
  item,
  onClose,
}: {
  item: TimelineResponse | null;
  onClose: () => void;
}) {
  return item ? <LoadedResponse key={item.id} item={item} onClose={onClose} /> : null;
}
