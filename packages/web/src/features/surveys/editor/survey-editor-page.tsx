// /surveys/:id[/:tab]: loads the survey, then hands it to the editor; a missing survey is a readable problem.
import { Anchor, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useSurvey } from "../surveys-queries.ts";
import { type EditorTab, SurveyEditor } from "./survey-editor.tsx";

const TABS: readonly EditorTab[] = ["build", "distribute", "responses"];

export function SurveyEditorPage() {
  const { t } = useTranslation();
  const { id = "", tab } = useParams();
  const survey = useSurvey(id);
  const current = TABS.find((candidate) => candidate === tab) ?? "build";

  if (survey.isPending) return <LoadingState />;
  if (survey.isError) {
    return (
      <Stack maw={720}>
        <Anchor component={Link} to="/surveys" size="sm">
          {t("surveys.editor.backToList")}
        </Anchor>
        <ProblemAlert error={survey.error} onRetry={() => void survey.refetch()} />
      </Stack>
    );
  }
  return <SurveyEditor key={survey.data.id} survey={survey.data} tab={current} />;
}
