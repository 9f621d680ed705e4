// /customers/merge-suggestions: the pairs one record named both of, side by side with the evidence, for a
// person to merge or dismiss; decided ones can be looked back at.
import { Button, Center, EmptyState, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconArrowMerge } from "@tabler/icons-react";
import { can } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { PageTitle } from "../../../ui/page-title.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { CustomersSectionNav } from "../list/customers-section-nav.tsx";
import { useMergeSuggestions } from "./merge-queries.ts";
import { SUGGESTION_STATUSES, type SuggestionStatus } from "./merge-types.ts";
import { SuggestionCard } from "./suggestion-card.tsx";

export function MergeSuggestionsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canMerge = can(me.role, "customers.merge");
  const [status, setStatus] = useState<SuggestionStatus>("open");
  const suggestions = useMergeSuggestions(status);

  return (
    <Stack gap="lg" maw={1200}>
      <CustomersSectionNav current="suggestions" />
      <Stack gap={4}>
        <PageTitle>{t("customers.merge.suggestions.title")}</PageTitle>
        <Text c="dimmed" maw={820}>
          {t("customers.merge.suggestions.intro")}
        </Text>
      </Stack>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(value) => setStatus(SUGGESTION_STATUSES.find((known) => known === value) ?? "open")}
        data={SUGGESTION_STATUSES.map((value) => ({
          value,
          label: t(`customers.merge.suggestions.statuses.${value}`),
        }))}
        data-testid="merge-suggestions-status"
      />
      {suggestions.isPending ? (
        <LoadingState />
      ) : suggestions.isError && !suggestions.data ? (
        <ProblemAlert error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : suggestions.data.length === 0 ? (
        <EmptyState
          icon={<IconArrowMerge />}
          withIndicatorBackground
          title={
            status === "open"
              ? t("customers.merge.suggestions.empty")
              : t("customers.merge.suggestions.emptyClosed")
          }
          data-testid="merge-suggestions-empty"
        />
      ) : (
        <Stack gap="md">
          {suggestions.data.map((suggestion) => (
            <SuggestionCard key={suggestion.id} suggestion={suggestion} canDecide={canMerge} />
          ))}
          {suggestions.hasNextPage && (
            <Center>
              <Button
                variant="default"
                onClick={() => void suggestions.fetchNextPage()}
                loading={suggestions.isFetchingNextPage}
              >
                {t("customers.merge.suggestions.loadMore")}
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </Stack>
  );
}
