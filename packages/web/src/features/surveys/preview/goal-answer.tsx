// Goal completion: what the respondent came to do (when asked) and whether they managed it.
import { SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { type AnswerProps, isRecord } from "./answer-props.ts";

export function GoalAnswer({
  question,
  value,
  onChange,
  text,
  rt,
  brandColor,
}: AnswerProps<"goal_completion">) {
  const answer = isRecord(value) ? value : {};
  const intent = typeof answer.intent === "string" ? answer.intent : null;
  const achieved = typeof answer.achieved === "boolean" ? String(answer.achieved) : "";
  return (
    <Stack gap="xs">
      {question.intentChoices && (
        <Select
          label={rt("surveys.respondent.intent")}
          data={question.intentChoices.map((choice) => ({
            value: choice.id,
            label: text(choice.label) || choice.id,
          }))}
          value={intent}
          onChange={(next) => onChange({ ...answer, intent: next ?? undefined })}
          comboboxProps={{ withinPortal: false }}
        />
      )}
      <Text size="sm">{text(question.achievedLabel) || rt("surveys.respondent.achieved")}</Text>
      <SegmentedControl
        value={achieved}
        color={brandColor}
        onChange={(next) => onChange({ ...answer, achieved: next === "true" })}
        data={[
          { value: "true", label: rt("surveys.respondent.yes") },
          { value: "false", label: rt("surveys.respondent.no") },
        ]}
      />
    </Stack>
  );
}
