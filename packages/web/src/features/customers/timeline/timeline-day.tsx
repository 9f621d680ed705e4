// One day of the timeline: its heading ("Today", "Yesterday" or the date) and its items in order, each with
// an icon (channel, event type or survey) coloured by how it went, and its time.
import { Group, Stack, Text, ThemeIcon, Timeline, Title } from "@mantine/core";
import { IconClipboardCheck } from "@tabler/icons-react";
import type { TimelineResponse as Response, TimelineItem } from "@touchpoint/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FALLBACK_LANGUAGE } from "../../../i18n/languages.ts";
import { scoreToneOf, TONE_COLORS } from "./score-tone.ts";
import { type TimelineDay as Day, relativeDayOf } from "./timeline-days.ts";
import { TimelineEvent } from "./timeline-event.tsx";
import { CHANNEL_ICONS, eventIconOf, OUTCOME_STYLES } from "./timeline-icons.ts";
import { TimelineInteraction } from "./timeline-interaction.tsx";
import { TimelineResponse } from "./timeline-response.tsx";

function bulletOf(item: TimelineItem): { icon: ReturnType<typeof eventIconOf>; color: string } {
  switch (item.kind) {
    case "interaction":
      return {
        icon: CHANNEL_ICONS[item.channel],
        color: item.outcome ? OUTCOME_STYLES[item.outcome].color : "blue",
      };
    case "response": {
      // The worst score sets the colour: a detractor's answer should stand out on the line.
      const tones = item.scores.map((score) => scoreToneOf(score.metric, score.value));
      const tone = tones.includes("bad")
        ? "bad"
        : tones.includes("neutral")
          ? "neutral"
          : tones.length
            ? "good"
            : null;
      return { icon: IconClipboardCheck, color: tone ? TONE_COLORS[tone] : "violet" };
    }
    case "event":
      return { icon: eventIconOf(item.type), color: "gray" };
  }
}

interface TimelineDayProps {
  day: Day;
  today: string;
  customerId: string;
  onOpenResponse: (item: Response) => void;
}

export function TimelineDay({ day, today, customerId, onOpenResponse }: TimelineDayProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  const formats = useMemo(
    () => ({
      // The day is a calendar date already in the viewer's zone: formatted as UTC so it does not shift.
      day: new Intl.DateTimeFormat(locale, {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }),
      time: new Intl.DateTimeFormat(locale, { timeStyle: "short" }),
    }),
    [locale],
  );
  const relative = relativeDayOf(day.day, today);
  const date = formats.day.format(new Date(`${day.day}T00:00:00Z`));
  return (
    <Stack gap="sm" component="section" aria-label={date} data-testid="timeline-day" data-day={day.day}>
      <Title order={5} c="dimmed" fw={600}>
        {relative ? `${t(`customers.timeline.${relative}`)} · ${date}` : date}
      </Title>
      <Timeline bulletSize={30} lineWidth={2}>
        {day.items.map((item) => {
          const bullet = bulletOf(item);
          return (
            <Timeline.Item
              key={`${item.kind}:${item.id}`}
              bullet={
                <ThemeIcon size={30} radius="xl" variant="light" color={bullet.color}>
                  <bullet.icon size={16} />
                </ThemeIcon>
              }
              data-testid="timeline-item"
              data-kind={item.kind}
            >
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <div style={{ minWidth: 0, flex: 1 }}>
                  {item.kind === "interaction" && <TimelineInteraction item={item} />}
                  {item.kind === "response" && <TimelineResponse item={item} onOpen={onOpenResponse} />}
                  {item.kind === "event" && <TimelineEvent item={item} customerId={customerId} />}
                </div>
                <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {formats.time.format(new Date(item.occurredAt))}
                </Text>
              </Group>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
