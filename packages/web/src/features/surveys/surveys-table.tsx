// The surveys of the workspace as a table with "load more", and its loading, error and empty states.
import { Button, Center, EmptyState, Stack, Table, Text } from "@mantine/core";
import { IconClipboardList, IconFilterOff } from "@tabler/icons-react";
import type { SurveyStatus } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { NewSurveyMenu } from "./new-survey-menu.tsx";
import { SurveyRow } from "./survey-row.tsx";
import { useSurveys } from "./surveys-queries.ts";

export function SurveysTable({ status, canManage }: { status: SurveyStatus | null; canManage: boolean }) {
  const { t } = useTranslation();
  const surveys = useSurveys(status);

  if (surveys.isPending) return <LoadingState />;
  if (surveys.isError && !surveys.data) {
    return <ProblemAlert error={surveys.error} onRetry={() => void surveys.refetch()} />;
  }
  if (surveys.data.length === 0 && status) {
    return (
      <EmptyState
        icon={<IconFilterOff />}
        withIndicatorBackground
        description={t("surveys.emptyFiltered", { status: t(`surveys.status.${status}`) })}
      />
    );
  }
  if (surveys.data.length === 0) {
    return (
      <EmptyState
        icon={<IconClipboardList />}
        withIndicatorBackground
        title={t("surveys.emptyTitle")}
        data-testid="surveys-empty"
      >
        <Stack gap="xs" maw={560} align="center">
          <Text size="sm" ta="center">
            {t("surveys.emptyWhat")}
          </Text>
          <Text size="sm" ta="center" c="dimmed">
            {canManage ? t("surveys.emptyHow") : t("surveys.emptyReadOnly")}
          </Text>
        </Stack>
        {canManage && (
          <EmptyState.Actions>
            <NewSurveyMenu variant="light" />
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="surveys-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("surveys.columns.title")}</Table.Th>
              <Table.Th>{t("surveys.columns.status")}</Table.Th>
              <Table.Th>{t("surveys.columns.languages")}</Table.Th>
              <Table.Th ta="right">{t("surveys.columns.responses")}</Table.Th>
              <Table.Th>{t("surveys.columns.updated")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {surveys.data.map((survey) => (
              <SurveyRow key={survey.id} survey={survey} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {surveys.isFetchNextPageError && <ProblemAlert error={surveys.error} />}
      {surveys.hasNextPage && (
        <Center>
          <Button
            variant="default"
            onClick={() => void surveys.fetchNextPage()}
            loading={surveys.isFetchingNextPage}
            data-testid="surveys-load-more"
          >
            {t("surveys.loadMore")}
          </Button>
        </Center>
      )}
    </>
  );
}
