// The value side of a condition, as the compared question's answers look: a number, a choice, yes/no, text.
import { NativeSelect, NumberInput, TextInput } from "@mantine/core";
import { pickText, type Question } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import type { ComparisonCondition } from "./condition-rules.ts";

const SCALE_LIMITS: Partial<Record<Question["type"], [number, number]>> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
};

interface ValueInputProps {
  comparison: ComparisonCondition;
  question: Question;
  onChange: (next: ComparisonCondition) => void;
  defaultLanguage: string;
  testId: string;
}

export function ConditionValueInput({
  comparison,
  question,
  onChange,
  defaultLanguage,
  testId,
}: ValueInputProps) {
  const { t, i18n } = useTranslation();
  const label = t("surveys.logic.value");
  const set = (value: ComparisonCondition["value"]) => onChange({ ...comparison, value });
  switch (question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating":
    case "number": {
      const [min, max] =
        SCALE_LIMITS[question.type] ??
        (question.type === "rating" ? [1, question.points] : [undefined, undefined]);
      return (
        <NumberInput
          aria-label={label}
          value={typeof comparison.value === "number" ? comparison.value : ""}
          min={min}
          max={max}
          w={110}
          onChange={(value) => set(typeof value === "number" ? value : 0)}
          data-testid={testId}
        />
      );
    }
    case "single_choice":
    case "dropdown":
    case "multiple_choice": {
      const language = i18n.resolvedLanguage ?? defaultLanguage;
      const options = question.choices.map((choice) => ({
        value: choice.id,
        label: pickText(choice.label, language, defaultLanguage) || choice.id,
      }));
      if (question.allowOther) options.push({ value: "other", label: t("surveys.logic.otherAnswer") });
      return (
        <NativeSelect
          aria-label={label}
          data={options}
          value={String(comparison.value)}
          onChange={(event) => set(event.currentTarget.value)}
          style={{ flex: "1 1 160px" }}
          data-testid={testId}
        />
      );
    }
    case "goal_completion":
    case "consent":
      return (
        <NativeSelect
          aria-label={label}
          data={[
            {
              value: "true",
              label: t(`surveys.logic.${question.type === "consent" ? "accepted" : "achieved"}`),
            },
            {
              value: "false",
              label: t(`surveys.logic.${question.type === "consent" ? "declined" : "notAchieved"}`),
            },
          ]}
          value={String(comparison.value === true)}
          onChange={(event) => set(event.currentTarget.value === "true")}
          w={170}
          data-testid={testId}
        />
      );
    default:
      return (
        <TextInput
          aria-label={label}
          type={question.type === "date" ? "date" : "text"}
          value={typeof comparison.value === "string" ? comparison.value : ""}
          onChange={(event) => set(event.currentTarget.value)}
          style={{ flex: "1 1 160px" }}
          data-testid={testId}
        />
      );
  }
}
