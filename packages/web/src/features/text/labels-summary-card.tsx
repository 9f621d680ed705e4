// How many labels each class has: what a training run of a custom model would learn from.
import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { SENTIMENTS } from "./comment-filters.ts";
import { useLabelsSummary } from "./comments-queries.ts";
import { SentimentBadge } from "./sentiment-badge.tsx";

export function LabelsSummaryCard({
  topicLabel,
  canLabel,
}: {
  topicLabel: (id: string) => string;
  canLabel: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const summary = useLabelsSummary();
  if (summary.isError) return <ProblemAlert error={summary.error} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return null;
  const topics = Object.entries(summary.data.topic).sort((a, b) => b[1] - a[1]);
  const sentiments = SENTIMENTS.filter((sentiment) => summary.data.sentiment[sentiment]);

  return (
    <Paper withBorder radius="md" p="sm" data-testid="labels-summary">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t("feedback.labels.summaryTitle")}
        </Text>
        {topics.length === 0 && sentiments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t(canLabel ? "feedback.labels.summaryEmpty" : "feedback.labels.summaryEmptyReadOnly")}
          </Text>
        ) : (
          <>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {t("feedback.labels.summarySentiment")}:
              </Text>
              {sentiments.map((sentiment) => (
                <Group key={sentiment} gap={2} data-testid={`labels-summary-${sentiment}`}>
                  <SentimentBadge sentiment={sentiment} size="xs" />
                  <Text size="xs" fw={600}>
                    {format.number(summary.data.sentiment[sentiment] ?? 0)}
                  </Text>
                </Group>
              ))}
            </Group>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {t("feedback.labels.summaryTopic")}:
              </Text>
              {topics.map(([topic, count]) => (
                <Badge key={topic} size="xs" variant="light" tt="none" data-testid="labels-summary-topic">
                  {topicLabel(topic)} · {format.number(count)}
                </Badge>
              ))}
            </Group>
          </>
        )}
        <Text size="xs" c="dimmed">
          {t("feedback.labels.intro")}
        </Text>
      </Stack>
    </Paper>
  );
}
