// Single choice, dropdown and multiple choice answers, with the optional "other" text.
import { Checkbox, Radio, Select, Stack, TextInput } from "@mantine/core";
import { type AnswerProps, isRecord } from "./answer-props.ts";

const OTHER = "__other";

export function ChoiceAnswer({
  question,
  value,
  onChange,
  text,
  rt,
  brandColor,
}: AnswerProps<"single_choice" | "dropdown" | "multiple_choice">) {
  const answer = isRecord(value) ? value : {};
  const other = typeof answer.other === "string" ? answer.other : undefined;
  const options = question.choices.map((choice) => ({
    value: choice.id,
    label: text(choice.label) || choice.id,
  }));
  if (question.allowOther) options.push({ value: OTHER, label: rt("surveys.respondent.other") });
  const otherInput = other !== undefined && (
    <TextInput
      size="sm"
      placeholder={rt("surveys.respondent.otherPlaceholder")}
      value={other}
      onChange={(event) => onChange({ ...answer, other: event.currentTarget.value })}
    />
  );

  if (question.type === "multiple_choice") {
    const chosen = Array.isArray(answer.choices) ? answer.choices.filter((id) => typeof id === "string") : [];
    const selected = other === undefined ? chosen : [...chosen, OTHER];
    return (
      <Stack gap="xs">
        <Checkbox.Group
          value={selected}
          onChange={(ids) => {
            const choices = ids.filter((id) => id !== OTHER);
            onChange(ids.includes(OTHER) ? { choices, other: other ?? "" } : { choices });
          }}
        >
          <Stack gap="xs">
            {options.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} color={brandColor} />
            ))}
          </Stack>
        </Checkbox.Group>
        {otherInput}
      </Stack>
    );
  }

  const current = other !== undefined ? OTHER : typeof answer.choice === "string" ? answer.choice : null;
  const choose = (id: string | null) =>
    onChange(id === null ? undefined : id === OTHER ? { other: "" } : { choice: id });
  return (
    <Stack gap="xs">
      {question.type === "dropdown" ? (
        <Select
          data={options}
          value={current}
          onChange={choose}
          placeholder={rt("surveys.respondent.choose")}
          comboboxProps={{ withinPortal: false }}
        />
      ) : (
        <Radio.Group value={current} onChange={choose}>
          <Stack gap="xs">
            {options.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} color={brandColor} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {otherInput}
    </Stack>
  );
}
