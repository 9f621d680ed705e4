// Surveys: every survey of the workspace, filtered by status, and the way to start a new one.
import { Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { can, SURVEY_STATUSES, type SurveyStatus } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../ui/page-title.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { NewSurveyMenu } from "./new-survey-menu.tsx";
import { SurveysTable } from "./surveys-table.tsx";

const ALL = "all";

export function SurveysPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "surveys.manage");
  const [status, setStatus] = useState<SurveyStatus | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <PageTitle>{t("surveys.title")}</PageTitle>
          <Text c="dimmed">{t("surveys.intro")}</Text>
        </Stack>
        {canManage && <NewSurveyMenu />}
      </Group>
      <SegmentedControl
        w="fit-content"
        value={status ?? ALL}
        onChange={(value) => setStatus(SURVEY_STATUSES.find((candidate) => candidate === value) ?? null)}
        data={[
          { value: ALL, label: t("surveys.filterAll") },
          ...SURVEY_STATUSES.map((value) => ({ value, label: t(`surveys.status.${value}`) })),
        ]}
        aria-label={t("surveys.columns.status")}
        data-testid="survey-status-filter"
      />
      <SurveysTable status={status} canManage={canManage} />
    </Stack>
  );
}
