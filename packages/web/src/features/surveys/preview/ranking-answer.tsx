// A ranking answer: the choices in the respondent's order, moved with up and down buttons.
import { ActionIcon, Group, Paper, Stack, Text } from "@mantine/core";
import { IconArrowDown, IconArrowUp } from "@tabler/icons-react";
import type { AnswerProps } from "./answer-props.ts";

export function RankingAnswer({ question, value, onChange, text, rt }: AnswerProps<"ranking">) {
  const ids = question.choices.map((choice) => choice.id);
  const order =
    Array.isArray(value) && value.length === ids.length ? value.filter((id) => typeof id === "string") : ids;
  const move = (index: number, delta: -1 | 1) => {
    const next = [...order];
    const [id] = next.splice(index, 1);
    if (id !== undefined) next.splice(index + delta, 0, id);
    onChange(next);
  };
  return (
    <Stack gap={4}>
      {order.map((id, index) => {
        const choice = question.choices.find((candidate) => candidate.id === id);
        return (
          <Paper key={id} withBorder px="xs" py={4} radius="sm">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                {index + 1}. {choice ? text(choice.label) : id}
              </Text>
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={rt("surveys.respondent.up")}
                >
                  <IconArrowUp size={14} />
                </ActionIcon>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={rt("surveys.respondent.down")}
                >
                  <IconArrowDown size={14} />
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
