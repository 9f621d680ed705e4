// NPS per group (channel, or a hidden field such as the branch) as horizontal bars from a zero line, best
// first; groups under the anonymity threshold are listed as hidden, with no figure at all.
import { Box, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import type { AnalyticsGroupBy, AnalyticsQueryResult } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useAnalyticsQuery } from "./analytics-queries.ts";
import { breakdownBars } from "./breakdown-bars.ts";
import type { DashboardScope } from "./dashboard-scope.ts";
import { MetricFigure } from "./metric-figure.tsx";
import { useMetricFormat } from "./use-metric-format.ts";

interface BreakdownCardProps {
  scope: DashboardScope;
  title: string;
  groupBy: AnalyticsGroupBy;
  /** How a group's key reads (a channel's name); hidden field values are shown as they are. */
  labelOf?: (group: string) => string;
  testId: string;
}

export function BreakdownCard({ scope, title, groupBy, labelOf, testId }: BreakdownCardProps) {
  const { t } = useTranslation();
  const question = scope.read.kpis.nps;
  const query = useAnalyticsQuery(
    {
      metric: "nps",
      source: { kind: "survey_question", surveyId: scope.survey.id, questionId: question?.id },
      filters: scope.filters,
      groupBy,
    },
    question !== undefined,
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Stack gap="xs">
        <Text fw={700}>{title}</Text>
        {query.error ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : !query.data ? (
          <Skeleton height={160} />
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t("dashboard.breakdown.caption", { threshold: query.data.anonymityThreshold })}
            </Text>
            <BreakdownList result={query.data} labelOf={labelOf ?? ((group) => group)} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The bars of a grouped result, best first, suppressed groups marked; shared with saved dashboards. */
export function BreakdownList({
  result,
  labelOf,
}: {
  result: AnalyticsQueryResult;
  labelOf: (group: string) => string;
}) {
  const { t } = useTranslation();
  const figures = useMetricFormat(result.scale);
  const { zero, bars } = breakdownBars(result.rows, result.scale);

  if (bars.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("dashboard.breakdown.empty")}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {bars.map(({ row, extent }) => (
        <Group
          key={row.group}
          gap="xs"
          wrap="nowrap"
          data-testid="breakdown-row"
          data-group={row.group}
          data-suppressed={extent === null}
        >
          <Text size="sm" w={110} truncate title={labelOf(row.group ?? "")} style={{ flexShrink: 0 }}>
            {labelOf(row.group ?? "")}
          </Text>
          <Box pos="relative" h={16} style={{ flex: 1, minWidth: 60 }}>
            <Box
              pos="absolute"
              top={0}
              bottom={0}
              left={`${zero * 100}%`}
              w={1}
              bg="var(--mantine-color-gray-5)"
            />
            {extent && (
              <Box
                pos="absolute"
                top={2}
                bottom={2}
                left={`${extent.start * 100}%`}
                w={`${extent.width * 100}%`}
                bg={(row.value ?? 0) < 0 ? "red.5" : "blue.6"}
                style={{ borderRadius: 2 }}
              />
            )}
          </Box>
          {extent && row.n !== null && row.value !== null ? (
            <MetricFigure
              n={row.n}
              interval={
                row.ci_low !== null && row.ci_high !== null ? figures.interval(row.ci_low, row.ci_high) : null
              }
              confidence={result.confidence}
              size="sm"
              fw={600}
              w={80}
              ta="right"
              testId="breakdown-value"
            >
              {figures.value(row.value)}
            </MetricFigure>
          ) : (
            <Text size="sm" c="dimmed" w={80} ta="right" data-testid="breakdown-hidden">
              {t("dashboard.hidden", { threshold: result.anonymityThreshold })}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
