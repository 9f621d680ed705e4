// A survey response on the timeline: which survey, its scores, the start of what the customer wrote, and a
// link that opens the response in full.
import { Anchor, Blockquote, Group, Stack, Text } from "@mantine/core";
import type { TimelineResponse as Response } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ScoreBadges } from "./score-badges.tsx";

interface TimelineResponseProps {
  item: Response;
  onOpen: (item: Response) => void;
}

export function TimelineResponse({ item, onOpen }: TimelineResponseProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="timeline-response">
      <Group gap={8} wrap="wrap">
        <Text fw={600} size="sm">
          {t(`customers.timeline.response.${item.status}`, { survey: item.surveyTitle })}
        </Text>
        <Text size="sm" c="dimmed">
          · {t("customers.timeline.response.via", { channel: t(`responses.channels.${item.channel}`) })}
        </Text>
      </Group>
      <ScoreBadges scores={item.scores} />
      {item.excerpt && (
        <Blockquote p="xs" pl="sm" radius="sm" color="gray" fz="sm" style={{ fontStyle: "italic" }}>
          {item.excerpt}
        </Blockquote>
      )}
      <Anchor
        component="button"
        type="button"
        size="sm"
        w="fit-content"
        onClick={() => onOpen(item)}
        data-testid="timeline-response-open"
      >
        {t("customers.timeline.response.open")}
      </Anchor>
    </Stack>
  );
}
