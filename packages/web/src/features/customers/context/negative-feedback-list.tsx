// The context's recent negative feedback: each response with its survey, scores, date and what was written.
import { Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import type { TimelineResponse } from "@touchpoint/core";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { ScoreBadges } from "../timeline/score-badges.tsx";

export function NegativeFeedbackList({ items }: { items: readonly TimelineResponse[] }) {
  const format = useFormatters();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="context-negative">
      {items.map((item) => (
        <Paper key={item.id} withBorder radius="sm" p="sm" bg="var(--mantine-color-red-light)">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} lineClamp={1}>
                {item.surveyTitle}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                {format.date(item.occurredAt)}
              </Text>
            </Group>
            <ScoreBadges scores={item.scores} />
            {item.excerpt && (
              <Text size="sm" fs="italic" lineClamp={3}>
                “{item.excerpt}”
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
