// The NPS question's answers 0–10 as bars coloured by group, each group also named in words under the bars
// and in the legend; from the survey summary over the same period and channel.
import { Box, Group, Paper, Skeleton, Stack, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useSurveySummary } from "./analytics-queries.ts";
import type { DashboardScope } from "./dashboard-scope.ts";
import { type NpsGroup, npsBars, npsGroupTotals } from "./nps-distribution.ts";

const BAR_AREA = 140;
const GROUP_COLOURS: Record<NpsGroup, string> = {
  detractor: "red.6",
  passive: "yellow.5",
  promoter: "teal.6",
};
const GROUPS: readonly NpsGroup[] = ["detractor", "passive", "promoter"];

export function NpsDistributionCard({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const question = scope.read.kpis.nps;
  const summary = useSurveySummary(scope.survey.id, {
    from: scope.range.from,
    to: scope.range.to,
    ...(scope.filters.channels?.[0] ? { channel: scope.filters.channels[0] } : {}),
  });
  const answers = summary.data?.questions.find((item) => item.questionId === question?.id);

  const body = () => {
    if (summary.error) return <ProblemAlert error={summary.error} onRetry={() => void summary.refetch()} />;
    if (!summary.data) return <Skeleton height={BAR_AREA + 60} />;
    if (!answers || answers.suppressed || !answers.distribution) {
      return (
        <Text size="sm" c="dimmed" data-testid="nps-distribution-hidden">
          {t("dashboard.hidden", { threshold: summary.data.anonymityThreshold })}
        </Text>
      );
    }
    return <NpsAnswers distribution={answers.distribution} n={answers.n} />;
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="nps-distribution">
      <Stack gap="xs">
        <Text fw={700}>{t("dashboard.distribution.title")}</Text>
        {body()}
      </Stack>
    </Paper>
  );
}

/** Answers 0–10 coloured by NPS group, with the groups' totals; shared with saved dashboards. */
export function NpsAnswers({
  distribution,
  n: answered,
}: {
  distribution: Record<string, number>;
  n: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bars = npsBars(distribution);
  const totals = npsGroupTotals(bars);
  const highest = Math.max(...bars.map((bar) => bar.share), 0.0001);
  const n = format.number(answered);
  return (
    <>
      <Text size="xs" c="dimmed">
        {t("dashboard.distribution.caption", { n })}
      </Text>
      <Group
        gap={4}
        align="flex-end"
        h={BAR_AREA}
        wrap="nowrap"
        role="img"
        aria-label={t("dashboard.distribution.chart")}
      >
        {bars.map((bar) => (
          <Tooltip
            key={bar.score}
            withArrow
            label={t("dashboard.distribution.bar", {
              score: bar.score,
              answers: format.number(bar.count),
              share: format.percent(bar.share),
              n,
            })}
          >
            <Box
              style={{ flex: 1 }}
              h={`${(bar.share / highest) * 100}%`}
              mih={1}
              bg={GROUP_COLOURS[bar.group]}
              data-testid="nps-bar"
              data-score={bar.score}
              data-group={bar.group}
            />
          </Tooltip>
        ))}
      </Group>
      <Group gap={4} wrap="nowrap">
        {bars.map((bar) => (
          <Text key={bar.score} size="xs" ta="center" style={{ flex: 1 }}>
            {bar.score}
          </Text>
        ))}
      </Group>
      <Stack gap={2}>
        {GROUPS.map((group) => (
          <Group key={group} gap={6} wrap="nowrap">
            <Box w={10} h={10} bg={GROUP_COLOURS[group]} style={{ flexShrink: 0 }} />
            <Text size="xs" data-testid={`nps-group-${group}`}>
              {t("dashboard.distribution.group", {
                label: t(`dashboard.distribution.groups.${group}`),
                answers: format.number(totals[group].count),
                share: format.percent(totals[group].share),
              })}
            </Text>
          </Group>
        ))}
      </Stack>
    </>
  );
}
