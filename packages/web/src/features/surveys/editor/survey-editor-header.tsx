// The editor's header: back to the list, the survey's title, status, version and responses, and its actions.
import { Anchor, Group, Stack, Text } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { can, pickText, type Survey } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { PageTitle } from "../../../ui/page-title.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { SurveyStatusBadge } from "../survey-status-badge.tsx";
import { DeleteSurveyButton } from "./delete-survey-button.tsx";
import { SurveyStatusActions } from "./survey-status-actions.tsx";

interface SurveyEditorHeaderProps {
  survey: Survey;
  dirty: boolean;
  onSave: () => Promise<boolean>;
}

export function SurveyEditorHeader({ survey, dirty, onSave }: SurveyEditorHeaderProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const me = useCurrentMe();
  const { definition } = survey;
  const title =
    pickText(
      definition.title,
      i18n.resolvedLanguage ?? definition.defaultLanguage,
      definition.defaultLanguage,
    ) || survey.name;

  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/surveys" size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t("surveys.title")}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <PageTitle>{title}</PageTitle>
            <SurveyStatusBadge status={survey.status} testId="survey-status" />
          </Group>
          <Text size="sm" c="dimmed" data-testid="survey-meta">
            {t("surveys.editor.meta", {
              version: survey.version,
              responses: format.number(survey.responseCount),
              count: survey.responseCount,
              updated: format.dateTime(survey.updatedAt),
            })}
          </Text>
        </Stack>
        {can(me.role, "surveys.manage") && (
          <Group gap="xs">
            {survey.status === "draft" && <DeleteSurveyButton survey={survey} title={title} />}
            <SurveyStatusActions survey={survey} dirty={dirty} onSave={onSave} />
          </Group>
        )}
      </Group>
    </Stack>
  );
}
