// Settings of score questions: the labels under the ends of the scale, and for ratings the style and points.
import { Group, NumberInput, SegmentedControl, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LocalizedTextInput } from "./localized-text-input.tsx";
import type { SettingsProps } from "./question-context.ts";

const SCALE_RANGES = { nps: "0–10", csat: "1–5", ces: "1–7" } as const;
const RATING_STYLES = ["stars", "numbers", "smileys"] as const;

export function ScaleSettings({
  question,
  onChange,
  context,
}: SettingsProps<"nps" | "csat" | "ces" | "rating">) {
  const { t } = useTranslation();
  const labels = (
    <>
      <LocalizedTextInput
        label={t("surveys.builder.lowLabel")}
        value={question.lowLabel}
        languages={context.languages}
        defaultLanguage={context.defaultLanguage}
        onChange={(lowLabel) => onChange({ ...question, lowLabel })}
        optional
        errorPath={`${context.path}.lowLabel`}
        testId={`${context.testId}-low`}
      />
      <LocalizedTextInput
        label={t("surveys.builder.highLabel")}
        value={question.highLabel}
        languages={context.languages}
        defaultLanguage={context.defaultLanguage}
        onChange={(highLabel) => onChange({ ...question, highLabel })}
        optional
        errorPath={`${context.path}.highLabel`}
        testId={`${context.testId}-high`}
      />
    </>
  );
  if (question.type !== "rating") {
    return (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`surveys.builder.scaleHint.${question.type}`, { range: SCALE_RANGES[question.type] })}
        </Text>
        {labels}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t("surveys.builder.ratingStyle")}
          </Text>
          <SegmentedControl
            value={question.style}
            onChange={(value) => {
              const style = RATING_STYLES.find((candidate) => candidate === value);
              if (style) onChange({ ...question, style });
            }}
            data={RATING_STYLES.map((style) => ({
              value: style,
              label: t(`surveys.builder.ratingStyles.${style}`),
            }))}
          />
        </Stack>
        <NumberInput
          label={t("surveys.builder.ratingPoints")}
          value={question.points}
          min={3}
          max={10}
          w={120}
          allowDecimal={false}
          onChange={(value) => {
            if (typeof value === "number") onChange({ ...question, points: value });
          }}
        />
      </Group>
      {labels}
    </Stack>
  );
}
