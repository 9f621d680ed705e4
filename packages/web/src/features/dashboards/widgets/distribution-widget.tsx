// A distribution widget: one question's answers per score or choice from the survey summary over the
// global dates (and the global channel or language when exactly one is chosen: the summary takes one).
import { Box, Group, Stack, Text, Tooltip } from "@mantine/core";
import type { AnalyticsSummaryQuestion } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { useSurveySummary } from "../../analytics/analytics-queries.ts";
import { NpsAnswers } from "../../analytics/nps-distribution-card.tsx";
import { single, type WidgetScope } from "../widget-scope.ts";
import { WidgetState } from "../widget-state.tsx";

interface DistributionWidgetProps {
  surveyId: string;
  questionId: string;
  scope: WidgetScope;
}

export function DistributionWidget({ surveyId, questionId, scope }: DistributionWidgetProps) {
  const { t } = useTranslation();
  const channel = single(scope.filters.channels);
  const language = single(scope.filters.languages);
  const summary = useSurveySummary(surveyId, {
    ...scope.range,
    ...(channel ? { channel } : {}),
    ...(language ? { language } : {}),
  });
  return (
    <WidgetState query={summary} height={200}>
      {(data) => {
        const answers = data.questions.find((question) => question.questionId === questionId);
        if (!answers || answers.suppressed || !answers.distribution) {
          return (
            <Text size="sm" c="dimmed" data-testid="widget-empty">
              {t("dashboard.hidden", { threshold: data.anonymityThreshold })}
            </Text>
          );
        }
        return answers.type === "nps" ? (
          <NpsAnswers distribution={answers.distribution} n={answers.n} />
        ) : (
          <AnswerBars answers={answers} distribution={answers.distribution} />
        );
      }}
    </WidgetState>
  );
}

/** Any other question: a bar per score or choice, in score order, with its count and share. */
function AnswerBars({
  answers,
  distribution,
}: {
  answers: AnalyticsSummaryQuestion;
  distribution: Record<string, number>;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries = Object.entries(distribution).sort(([a], [b]) =>
    a.localeCompare(b, undefined, { numeric: true }),
  );
  const highest = Math.max(...entries.map(([, count]) => count), 1);
  const n = format.number(answers.n);
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t("dashboards.distribution.caption", { n })}
      </Text>
      {entries.map(([key, count]) => (
        <Group key={key} gap="xs" wrap="nowrap" data-testid="distribution-row">
          <Text size="sm" w={80} truncate title={key}>
            {key}
          </Text>
          <Box style={{ flex: 1 }} h={12} bg="gray.1">
            <Box h="100%" w={`${(count / highest) * 100}%`} bg="blue.6" />
          </Box>
          <Tooltip
            withArrow
            label={t("dashboard.distribution.bar", {
              score: key,
              answers: format.number(count),
              share: format.percent(count / Math.max(answers.n, 1)),
              n,
            })}
          >
            <Text size="sm" w={60} ta="right" tabIndex={0}>
              {format.percent(count / Math.max(answers.n, 1))}
            </Text>
          </Tooltip>
        </Group>
      ))}
    </Stack>
  );
}
