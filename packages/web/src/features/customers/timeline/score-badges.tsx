// A response's scores as badges ("NPS 3"), coloured by how good each score is.
import { Badge, Group } from "@mantine/core";
import type { ResponseScore } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { scoreToneOf, TONE_COLORS } from "./score-tone.ts";

export function ScoreBadge({ metric, value }: Pick<ResponseScore, "metric" | "value">) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tone = scoreToneOf(metric, value);
  return (
    <Badge color={TONE_COLORS[tone]} variant="light" tt="none" data-metric={metric} data-tone={tone}>
      {t(`customers.timeline.metrics.${metric}`)} {format.number(value)}
    </Badge>
  );
}

export function ScoreBadges({ scores }: { scores: readonly ResponseScore[] }) {
  if (scores.length === 0) return null;
  return (
    <Group gap={6}>
      {scores.map((score) => (
        <ScoreBadge key={score.questionId} metric={score.metric} value={score.value} />
      ))}
    </Group>
  );
}
