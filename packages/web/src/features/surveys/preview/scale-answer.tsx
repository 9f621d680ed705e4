// NPS, CSAT, CES and rating answers: a row of points (or stars and smileys) with the scale's end labels.
import { Button, Group, Rating, Stack, Text } from "@mantine/core";
import type { AnswerProps } from "./answer-props.ts";

const RANGES = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
const SMILEYS = ["😞", "🙁", "😐", "🙂", "😀"];

function smileyFor(point: number, points: number): string {
  const index = Math.round(((point - 1) / Math.max(points - 1, 1)) * (SMILEYS.length - 1));
  return SMILEYS[index] ?? "🙂";
}

export function ScaleAnswer({
  question,
  value,
  onChange,
  text,
  brandColor,
}: AnswerProps<"nps" | "csat" | "ces" | "rating">) {
  const selected = typeof value === "number" ? value : undefined;
  const [min, max] = question.type === "rating" ? [1, question.points] : RANGES[question.type];
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const labels = (question.lowLabel || question.highLabel) && (
    <Group justify="space-between" gap="xs">
      <Text size="xs" c="dimmed">
        {text(question.lowLabel)}
      </Text>
      <Text size="xs" c="dimmed" ta="right">
        {text(question.highLabel)}
      </Text>
    </Group>
  );

  if (question.type === "rating" && question.style === "stars") {
    return (
      <Stack gap={4}>
        <Rating
          count={question.points}
          value={selected ?? 0}
          onChange={onChange}
          color={brandColor}
          size="lg"
        />
        {labels}
      </Stack>
    );
  }
  const smileys = question.type === "rating" && question.style === "smileys";
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap" grow>
        {points.map((point) => (
          <Button
            key={point}
            size="compact-sm"
            px={0}
            miw={0}
            variant={selected === point ? "filled" : "default"}
            color={brandColor}
            onClick={() => onChange(selected === point ? undefined : point)}
            aria-pressed={selected === point}
          >
            {smileys ? smileyFor(point, max) : point}
          </Button>
        ))}
      </Group>
      {labels}
    </Stack>
  );
}
