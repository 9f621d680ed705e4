// Topics over time (per week or month, the API's default 90 days) and the emerging themes of the last
// 30 days.
import { Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { TrendGrain } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { EmergingThemesTable } from "./emerging-themes-table.tsx";
import { TopicTrendCard } from "./topic-trend-card.tsx";
import { summarizeTopicTrends } from "./topic-trend-summary.ts";
import { useTopicTrends } from "./trends-queries.ts";

/** Cards beyond this many topics stop being read; the rest are the long tail. */
const SHOWN_TOPICS = 9;

export function TrendsTab() {
  const { t, i18n } = useTranslation();
  const [grain, setGrain] = useState<TrendGrain>("week");
  const trends = useTopicTrends(grain, i18n.resolvedLanguage === "en" ? "en" : "vi");
  const summaries = trends.data ? summarizeTopicTrends(trends.data, SHOWN_TOPICS) : [];
  // One scale for every card, so bars compare across topics.
  const max = Math.max(0, ...summaries.flatMap((summary) => summary.points.map((point) => point.count)));

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t("feedback.trends.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("feedback.trends.intro")}
            </Text>
          </Stack>
          <SegmentedControl
            aria-label={t("feedback.trends.grain")}
            value={grain}
            onChange={(value) => setGrain(value === "month" ? "month" : "week")}
            data={[
              { value: "week", label: t("feedback.trends.grainWeek") },
              { value: "month", label: t("feedback.trends.grainMonth") },
            ]}
            data-testid="trends-grain"
          />
        </Group>
        {trends.isPending ? (
          <LoadingState />
        ) : trends.isError ? (
          <ProblemAlert error={trends.error} onRetry={() => void trends.refetch()} />
        ) : summaries.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="trends-empty">
            {t("feedback.trends.empty")}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="topic-trends">
            {summaries.map((summary) => (
              <TopicTrendCard key={summary.topic} summary={summary} max={max} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <EmergingThemesTable />
    </Stack>
  );
}
