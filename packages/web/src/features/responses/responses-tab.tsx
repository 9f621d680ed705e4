// The Responses tab of a survey: filters and order (kept in the URL), the responses with "load more", and one
// in a drawer.
import { Button, Center, EmptyState, Stack, Table } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconInbox, IconSearchOff } from "@tabler/icons-react";
import { allQuestions, type Survey, type SurveyResponse } from "@touchpoint/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useSurvey } from "../surveys/surveys-queries.ts";
import { filterableQuestions } from "./answer-filter.ts";
import { ResponseDetailDrawer } from "./response-detail-drawer.tsx";
import { filtersFromSearch, filtersToSearch, hasFilters, type ResponseFilters } from "./response-filters.ts";
import { ResponseFiltersBar } from "./response-filters-bar.tsx";
import { ResponseRow } from "./response-row.tsx";
import { useResponses } from "./responses-queries.ts";

const COUNT_REFRESH_MS = 10_000;

export function ResponsesTab({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const questions = useMemo(() => allQuestions(survey.definition), [survey.definition]);
  const filters = useMemo(() => {
    const read = filtersFromSearch(search);
    // A link naming a question the survey no longer has filters on nothing rather than failing.
    const known = filterableQuestions(questions).some((question) => question.id === read.answerQuestion);
    return known ? read : { ...read, answerQuestion: null, answerValue: "" };
  }, [search, questions]);
  const setFilters = (next: ResponseFilters) => setSearch(filtersToSearch(next), { replace: true });
  // Typing a hidden-field value or a range should not fetch on every key.
  const [debounced] = useDebouncedValue(filters, 300);
  const responses = useResponses(survey.id, debounced);
  const [open, setOpen] = useState<SurveyResponse | null>(null);

  // The survey's response count (on the tab and in the header) is counted by a job just after each
  // response commits, so it is re-read while this tab is open rather than once when it opens.
  useSurvey(survey.id, COUNT_REFRESH_MS);

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
