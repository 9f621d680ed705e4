// The Responses tab of a survey: filters, the responses newest first with "load more", and one in a drawer.
import { Button, Center, EmptyState, Stack, Table } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconInbox, IconSearchOff } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { allQuestions, type Survey, type SurveyResponse } from "@touchpoint/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { surveyKeys } from "../surveys/survey-query-keys.ts";
import { ResponseDetailDrawer } from "./response-detail-drawer.tsx";
import { hasFilters, NO_FILTERS, type ResponseFilters } from "./response-filters.ts";
import { ResponseFiltersBar } from "./response-filters-bar.tsx";
import { ResponseRow } from "./response-row.tsx";
import { useResponses } from "./responses-queries.ts";

export function ResponsesTab({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<ResponseFilters>(NO_FILTERS);
  // Typing a hidden-field value should not fetch on every key.
  const [debounced] = useDebouncedValue(filters, 300);
  const responses = useResponses(survey.id, debounced);
  const [open, setOpen] = useState<SurveyResponse | null>(null);
  const questions = allQuestions(survey.definition);

  // The survey's response count (shown on the tab) is refreshed along with the list.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: surveyKeys.detail(workspace.id, survey.id), exact: true });
  }, [queryClient, workspace.id, survey.id]);

  return (
    <Stack gap="md">
      <ResponseFiltersBar value={filters} onChange={setFilters} definition={survey.definition} />
      {responses.isPending ? (
        <LoadingState />
      ) : responses.isError && !responses.data ? (
        <ProblemAlert error={responses.error} onRetry={() => void responses.refetch()} />
      ) : responses.data.length === 0 ? (
        hasFilters(debounced) ? (
          <EmptyState
            icon={<IconSearchOff />}
            withIndicatorBackground
            description={t("responses.emptyFiltered")}
          />
        ) : (
          <EmptyState
            icon={<IconInbox />}
            withIndicatorBackground
            title={t("responses.emptyTitle")}
            description={t("responses.empty")}
            data-testid="responses-empty"
          >
            <EmptyState.Actions>
              <Button component={Link} to={`/surveys/${survey.id}/distribute`} variant="light">
                {t("responses.goDistribute")}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="responses-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("responses.columns.received")}</Table.Th>
                  <Table.Th>{t("responses.columns.status")}</Table.Th>
                  <Table.Th>{t("responses.columns.score")}</Table.Th>
                  <Table.Th>{t("responses.columns.channel")}</Table.Th>
                  <Table.Th>{t("responses.columns.language")}</Table.Th>
                  <Table.Th>{t("responses.columns.customer")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {responses.data.map((response) => (
                  <ResponseRow
                    key={response.id}
                    response={response}
                    questions={questions}
                    onOpen={() => setOpen(response)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {responses.isFetchNextPageError && <ProblemAlert error={responses.error} />}
          {responses.hasNextPage && (
            <Center>
              <Button
                variant="default"
                onClick={() => void responses.fetchNextPage()}
                loading={responses.isFetchingNextPage}
                data-testid="responses-load-more"
              >
                {t("responses.loadMore")}
              </Button>
            </Center>
          )}
        </>
      )}
      <ResponseDetailDrawer survey={survey} response={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
