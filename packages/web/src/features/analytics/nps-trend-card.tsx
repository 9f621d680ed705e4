// NPS by week over the period as a line with its confidence band (SVG drawn at the card's pixel width, so
// labels keep their size on a phone); each week's point names its score, n and interval on hover.
import { Box, Paper, Skeleton, Stack, Text, Tooltip } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import type { AnalyticsQueryResult } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useAnalyticsQuery } from "./analytics-queries.ts";
import type { DashboardScope } from "./dashboard-scope.ts";
import { trendGeometry } from "./trend-geometry.ts";
import { useMetricFormat } from "./use-metric-format.ts";

const HEIGHT = 220;
const MARGIN = { left: 40, right: 12, top: 12, bottom: 28 };

export function NpsTrendCard({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const question = scope.read.kpis.nps;
  const query = useAnalyticsQuery(
    {
      metric: "nps",
      source: { kind: "survey_question", surveyId: scope.survey.id, questionId: question?.id },
      filters: scope.filters,
      groupBy: { kind: "week" },
    },
    question !== undefined,
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid="nps-trend">
      <Stack gap="xs">
        <Text fw={700}>{t("dashboard.trend.title")}</Text>
        {query.error ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : !query.data ? (
          <Skeleton height={HEIGHT} />
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t("dashboard.trend.caption", {
                confidence: format.percent(query.data.confidence),
                threshold: query.data.anonymityThreshold,
              })}
            </Text>
            <TrendChart
              result={query.data}
              label={t("dashboard.trend.chart", {
                from: format.date(`${scope.range.from}T00:00:00`),
                to: format.date(`${scope.range.to}T00:00:00`),
              })}
              pointLabel={(date, value) => t("dashboard.trend.week", { date, value })}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

interface TrendChartProps {
  result: AnalyticsQueryResult;
  /** The chart's accessible name. */
  label: string;
  /** A point's tooltip before its n and interval: "Week of 3 Nov: NPS 32". */
  pointLabel: (date: string, value: string) => string;
}

/** A grouped-by-time result as a line with its interval band; shared with saved dashboards. */
export function TrendChart({ result, label, pointLabel }: TrendChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const figures = useMetricFormat(result.scale);
  const { ref, width } = useElementSize();
  // NPS and percentages step by 20 points; means on their own small scale by whole units.
  const step = result.scale === "units" ? 1 : 20;
  const geometry = trendGeometry(
    result.rows,
    { width: Math.max(width, 200), height: HEIGHT, ...MARGIN },
    step,
  );
  const weekDate = (group: string | null) => (group ? format.date(`${group}T00:00:00`) : "");
  const labelled = new Set([0, Math.floor((result.rows.length - 1) / 2), result.rows.length - 1]);

  if (geometry.points.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="nps-trend-empty">
        {t("dashboard.trend.empty")}
      </Text>
    );
  }
  return (
    <Box ref={ref} w="100%">
      {width > 0 && (
        <svg width={width} height={HEIGHT} role="img" aria-label={label}>
          {geometry.y.ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                y1={geometry.y.at(tick)}
                y2={geometry.y.at(tick)}
                stroke={tick === 0 ? "var(--mantine-color-gray-6)" : "var(--mantine-color-gray-3)"}
              />
              <text
                x={MARGIN.left - 6}
                y={geometry.y.at(tick) + 4}
                textAnchor="end"
                fontSize={11}
                fill="currentColor"
              >
                {figures.value(tick)}
              </text>
            </g>
          ))}
          {geometry.runs.map((run) => (
            <g key={run.line}>
              <path d={run.band} fill="var(--mantine-color-blue-2)" fillOpacity={0.6} />
              <path d={run.line} fill="none" stroke="var(--mantine-color-blue-7)" strokeWidth={2} />
            </g>
          ))}
          {geometry.points.map(({ row, x, y }) => (
            <Tooltip
              key={row.group}
              withArrow
              label={`${pointLabel(weekDate(row.group), figures.value(row.value ?? 0))} · ${t(
                "dashboard.figure",
                {
                  n: format.number(row.n ?? 0),
                  confidence: format.percent(result.confidence),
                  interval: figures.interval(row.ci_low ?? 0, row.ci_high ?? 0),
                },
              )}`}
            >
              <circle cx={x} cy={y} r={4} fill="var(--mantine-color-blue-7)" data-testid="nps-trend-point" />
            </Tooltip>
          ))}
          {result.rows.map((row, i) =>
            labelled.has(i) ? (
              <text
                key={row.group}
                x={geometry.xs[i]}
                y={HEIGHT - 8}
                fontSize={11}
                fill="currentColor"
                textAnchor={i === 0 ? "start" : i === result.rows.length - 1 ? "end" : "middle"}
              >
                {weekDate(row.group)}
              </text>
            ) : null,
          )}
        </svg>
      )}
    </Box>
  );
}
