// Input answers: text, number, date, email, phone and consent.
import { Checkbox, NumberInput, Textarea, TextInput } from "@mantine/core";
import type { AnswerProps } from "./answer-props.ts";

const INPUT_TYPES = { date: "date", email: "email", phone: "tel" } as const;

export function FieldAnswer({
  question,
  value,
  onChange,
  text,
  rt,
  brandColor,
}: AnswerProps<"text" | "number" | "date" | "email" | "phone" | "consent">) {
  const textValue = typeof value === "string" ? value : "";
  const setText = (next: string) => onChange(next === "" ? undefined : next);
  switch (question.type) {
    case "text":
      return question.multiline ? (
        <Textarea
          autosize
          minRows={3}
          maxLength={question.maxLength}
          placeholder={text(question.placeholder) || rt("surveys.respondent.typeHere")}
          value={textValue}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      ) : (
        <TextInput
          maxLength={question.maxLength}
          placeholder={text(question.placeholder) || rt("surveys.respondent.typeHere")}
          value={textValue}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      );
    case "number":
      return (
        <NumberInput
          min={question.min}
          max={question.max}
          allowDecimal={!question.integer}
          value={typeof value === "number" ? value : ""}
          onChange={(next) => onChange(typeof next === "number" ? next : undefined)}
        />
      );
    case "consent":
      return (
        <Checkbox
          label={text(question.text)}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
          color={brandColor}
        />
      );
    default:
      return (
        <TextInput
          type={INPUT_TYPES[question.type]}
          min={question.type === "date" ? question.min : undefined}
          max={question.type === "date" ? question.max : undefined}
          value={textValue}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      );
  }
}
