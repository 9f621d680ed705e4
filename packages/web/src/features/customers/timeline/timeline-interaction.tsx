// An interaction on the timeline: its type and channel, outcome, touchpoint, effort, duration, agent and note.
import { Badge, Group, Stack, Text } from "@mantine/core";
import type { TimelineInteraction as Interaction } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { OUTCOME_STYLES } from "./timeline-icons.ts";

function useDuration(): (seconds: number) => string {
  const { t } = useTranslation();
  return (seconds) =>
    seconds >= 60
      ? t("customers.timeline.interaction.minutes", { count: Math.round(seconds / 60) })
      : t("customers.timeline.interaction.seconds", { count: seconds });
}

export function TimelineInteraction({ item }: { item: Interaction }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const duration = useDuration();
  const outcome = item.outcome ? OUTCOME_STYLES[item.outcome] : null;
  const facts = [
    item.touchpoint && t("customers.timeline.interaction.touchpoint", { touchpoint: item.touchpoint }),
    item.effort !== null &&
      t("customers.timeline.interaction.effort", { effort: format.number(item.effort) }),
    item.durationSeconds !== null && duration(item.durationSeconds),
    item.agent && t("customers.timeline.interaction.agent", { agent: item.agent }),
  ].filter(Boolean);
  return (
    <Stack gap={4} data-testid="timeline-interaction" data-type={item.type}>
      <Group gap={8} wrap="wrap">
        <Text fw={600} size="sm">
          {item.type}
        </Text>
        <Text size="sm" c="dimmed">
          · {t(`responses.channels.${item.channel}`)}
        </Text>
        {item.outcome && outcome && (
          <Badge
            size="sm"
            variant="light"
            color={outcome.color}
            leftSection={<outcome.icon size={12} />}
            data-outcome={item.outcome}
          >
            {t(`customers.timeline.outcomes.${item.outcome}`)}
          </Badge>
        )}
      </Group>
      {facts.length > 0 && (
        <Text size="xs" c="dimmed">
          {facts.join(" · ")}
        </Text>
      )}
      {item.note && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} lineClamp={4}>
          {item.note}
        </Text>
      )}
    </Stack>
  );
}
