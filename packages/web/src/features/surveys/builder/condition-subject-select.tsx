// What a condition looks at: one of the candidate questions or, where offered, a hidden field. A subject
// that is no longer offered stays selected with a note, so the author sees what to change.
import { NativeSelect } from "@mantine/core";
import { type Condition, pickText, type Question } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import {
  type AnswerComparison,
  defaultCondition,
  type HiddenComparison,
  hiddenFieldCondition,
} from "./condition-rules.ts";

// A question is its id; a hidden field is "hidden.<key>", which no question id can be (keys have no dot).
const HIDDEN = "hidden.";

interface ConditionSubjectSelectProps {
  comparison: AnswerComparison | HiddenComparison;
  candidates: Question[];
  hiddenFields: readonly string[];
  /** The candidates are every question (a quota), not those before a point: a missing one was removed. */
  wholeSurvey: boolean;
  onChange: (next: Condition) => void;
  defaultLanguage: string;
  testId: string;
}

export function ConditionSubjectSelect({
  comparison,
  candidates,
  hiddenFields,
  wholeSurvey,
  onChange,
  defaultLanguage,
  testId,
}: ConditionSubjectSelectProps) {
  const { t, i18n } = useTranslation();
  const { subject } = comparison;
  const title = (item: Question) => {
    const text = pickText(item.title, i18n.resolvedLanguage ?? defaultLanguage, defaultLanguage) || item.id;
    return text.length > 48 ? `${text.slice(0, 47)}…` : text;
  };
  const questions = candidates.map((item, index) => ({
    value: item.id,
    label: `${index + 1}. ${title(item)}`,
  }));
  const fields = hiddenFields.map((key) => ({
    value: `${HIDDEN}${key}`,
    label: t("surveys.logic.hiddenFieldOption", { key }),
  }));
  let missing: string | undefined;
  if (subject.source === "answer" && !candidates.some((item) => item.id === subject.question)) {
    const id = subject.question;
    questions.push({
      value: id,
      label: wholeSurvey ? t("surveys.logic.removedQuestion", { id }) : t("surveys.logic.notBefore", { id }),
    });
    missing = wholeSurvey ? t("surveys.logic.removedQuestionHint") : t("surveys.logic.notBeforeHint");
  }
  if (subject.source === "hidden" && !hiddenFields.includes(subject.field)) {
    fields.push({
      value: `${HIDDEN}${subject.field}`,
      label: t("surveys.logic.removedHiddenField", { key: subject.field }),
    });
    missing = t("surveys.logic.removedHiddenFieldHint");
  }
  const data =
    fields.length === 0
      ? questions
      : [
          { group: t("surveys.logic.questionsGroup"), items: questions },
          { group: t("surveys.logic.hiddenFieldsGroup"), items: fields },
        ];

  function choose(value: string) {
    if (value.startsWith(HIDDEN)) {
      const key = value.slice(HIDDEN.length);
      if (hiddenFields.includes(key)) onChange(hiddenFieldCondition(key));
      return;
    }
    const next = candidates.find((candidate) => candidate.id === value);
    if (next) onChange(defaultCondition(next));
  }

  return (
    <NativeSelect
      aria-label={fields.length === 0 ? t("surveys.logic.question") : t("surveys.logic.subject")}
      data={data}
      value={subject.source === "answer" ? subject.question : `${HIDDEN}${subject.field}`}
      onChange={(event) => choose(event.currentTarget.value)}
      error={missing}
      style={{ flex: "1 1 220px" }}
      data-testid={testId}
    />
  );
}
