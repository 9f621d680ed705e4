// One KPI tile (NPS, CSAT or CES) over the period: the value with its interval, and its change against the
// previous period of the same length, with the direction as an arrow and the test's verdict in words.
import { Group, Paper, Skeleton, Stack, Text, Tooltip } from "@mantine/core";
import type { AnalyticsQueryResult, AnalyticsRow } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useAnalyticsQuery } from "./analytics-queries.ts";
import type { DashboardScope } from "./dashboard-scope.ts";
import type { KpiMetric } from "./dashboard-survey.ts";
import { MetricFigure } from "./metric-figure.tsx";
import { deltaDirection } from "./metric-format.ts";
import { useMetricFormat } from "./use-metric-format.ts";

const DIRECTION_COLOURS = { up: "teal.8", down: "red.8", flat: "dimmed" } as const;

export function KpiTile({ metric, scope }: { metric: KpiMetric; scope: DashboardScope }) {
  const { t } = useTranslation();
  const question = scope.read.kpis[metric];
  const query = useAnalyticsQuery(
    {
      metric,
      source: { kind: "survey_question", surveyId: scope.survey.id, questionId: question?.id },
      filters: scope.filters,
      compare: { kind: "previous_period" },
    },
    question !== undefined,
  );
  const row = query.data?.rows[0];

  return (
    <Paper withBorder radius="md" p="md" data-testid="kpi-tile" data-metric={metric}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={700}>{t(`dashboard.metrics.${metric}`)}</Text>
          <Text size="xs" c="dimmed" ta="right">
            {t(`dashboard.metricNotes.${metric}`)}
          </Text>
        </Group>
        {!question ? (
          <Text size="sm" c="dimmed">
            {t("dashboard.notAsked")}
          </Text>
        ) : query.error ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : !query.data || !row ? (
          <Skeleton height={64} />
        ) : (
          <KpiFigures result={query.data} row={row} days={scope.days} />
        )}
      </Stack>
    </Paper>
  );
}

/** A KPI's figure, its interval and its change against the previous `days` days; shared with saved dashboards. */
export function KpiFigures({
  result,
  row,
  days,
}: {
  result: AnalyticsQueryResult;
  row: AnalyticsRow;
  days: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const figures = useMetricFormat(result.scale);
  const threshold = result.anonymityThreshold;

  if (row.suppressed) {
    return (
      <Text size="xl" fw={700} c="dimmed" data-testid="kpi-value">
        {t("dashboard.hidden", { threshold })}
      </Text>
    );
  }
  if (row.value === null || row.n === null) {
    return (
      <Text size="sm" c="dimmed" data-testid="kpi-value">
        {t("dashboard.noAnswers")}
      </Text>
    );
  }
  const interval =
    row.ci_low !== null && row.ci_high !== null ? figures.interval(row.ci_low, row.ci_high) : null;
  const confidence = format.percent(result.confidence);
  return (
    <Stack gap={2}>
      <MetricFigure
        n={row.n}
        interval={interval}
        confidence={result.confidence}
        fz={32}
        fw={700}
        lh={1.1}
        testId="kpi-value"
      >
        {figures.value(row.value)}
      </MetricFigure>
      {interval && (
        <Text size="xs" c="dimmed">
          {t("dashboard.interval", { confidence, interval, n: format.number(row.n) })}
        </Text>
      )}
      {row.delta === null || row.delta === undefined || result.compare === undefined ? (
        <Text size="xs" c="dimmed" data-testid="kpi-delta">
          {t("dashboard.delta.none")}
        </Text>
      ) : (
        <KpiDelta result={result} row={row} delta={row.delta} days={days} />
      )}
    </Stack>
  );
}

function KpiDelta({
  result,
  row,
  delta,
  days,
}: {
  result: AnalyticsQueryResult;
  row: AnalyticsRow;
  delta: number;
  days: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const figures = useMetricFormat(result.scale);
  const direction = deltaDirection(delta, result.scale);
  const significant = row.significant === true;
  const compare = result.compare;
  const details = compare
    ? t("dashboard.delta.tooltip", {
        from: compare.from ? format.date(`${compare.from}T00:00:00`) : "",
        to: compare.to ? format.date(`${compare.to}T00:00:00`) : "",
        baseline: row.baseline === null || row.baseline === undefined ? "" : figures.value(row.baseline),
        p: row.p_value === null || row.p_value === undefined ? "" : format.significant(row.p_value),
        test: compare.test,
      })
    : "";
  return (
    <Tooltip label={details} withArrow multiline maw={320} events={{ hover: true, focus: true, touch: true }}>
      <Text
        size="sm"
        tabIndex={0}
        c={significant ? DIRECTION_COLOURS[direction] : "dimmed"}
        fw={significant ? 600 : 400}
        data-testid="kpi-delta"
        data-direction={direction}
        data-significant={significant}
      >
        {t(`dashboard.delta.${direction}`, { delta: figures.delta(delta), count: days })} ·{" "}
        {t(significant ? "dashboard.delta.significant" : "dashboard.delta.notSignificant")}
      </Text>
    </Tooltip>
  );
}
