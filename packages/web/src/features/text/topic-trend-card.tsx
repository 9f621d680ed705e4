// One topic's comments per period as a small bar chart (SVG): each bar's red part is its negative comments;
// the total and the negative share are written beside it, and each bar names its numbers on hover and to
// screen readers.
import { Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import type { TopicTrendSummary } from "./topic-trend-summary.ts";

const WIDTH = 320;
const HEIGHT = 72;
const GAP = 2;

export function TopicTrendCard({ summary, max }: { summary: TopicTrendSummary; max: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const count = summary.points.length;
  const barWidth = count > 0 ? Math.max(1, WIDTH / count - GAP) : 0;
  const height = (value: number) => (max > 0 ? (value / max) * (HEIGHT - 2) : 0);

  return (
    <Paper withBorder radius="md" p="sm" data-testid="topic-trend" data-topic={summary.topic}>
      <Stack gap={6}>
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {summary.label}
          </Text>
          <Text size="xs" c="dimmed">
            {t("feedback.trends.comments", { count: summary.total, formatted: format.number(summary.total) })}
            {summary.negativeShare !== null &&
              ` · ${t("feedback.trends.negativeShare", { share: format.percent(summary.negativeShare) })}`}
          </Text>
        </Stack>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          height={HEIGHT}
          preserveAspectRatio="none"
          role="img"
          aria-label={t("feedback.trends.chart", { topic: summary.label })}
        >
          {summary.points.map((point, index) => {
            const x = index * (WIDTH / count) + GAP / 2;
            const total = height(point.count);
            const negative = height(point.negative);
            return (
              <g key={point.period}>
                <title>
                  {t("feedback.trends.bar", {
                    period: format.date(`${point.period}T00:00:00`),
                    count: format.number(point.count),
                    negative: format.number(point.negative),
                  })}
                </title>
                <rect
                  x={x}
                  y={HEIGHT - total}
                  width={barWidth}
                  height={total - negative}
                  fill="var(--mantine-color-gray-4)"
                />
                <rect
                  x={x}
                  y={HEIGHT - negative}
                  width={barWidth}
                  height={negative}
                  fill="var(--mantine-color-red-6)"
                />
              </g>
            );
          })}
          <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} stroke="var(--mantine-color-gray-5)" />
        </svg>
        {count > 0 && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {format.date(`${summary.points[0]?.period}T00:00:00`)}
            </Text>
            <Text size="xs" c="dimmed">
              {format.date(`${summary.points.at(-1)?.period}T00:00:00`)}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
