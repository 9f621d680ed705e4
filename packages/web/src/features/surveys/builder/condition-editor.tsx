// Edits one condition "question (or hidden field) … compares to … value"; other conditions (set through the
// API) are named.
import { Group, NativeSelect, Text, TextInput } from "@mantine/core";
import type { Comparison, Condition, Question } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import {
  asEditableComparison,
  HIDDEN_FIELD_OPERATORS,
  isPresenceCheck,
  operatorsFor,
  withOperator,
} from "./condition-rules.ts";
import { ConditionSubjectSelect } from "./condition-subject-select.tsx";
import { ConditionValueInput } from "./condition-value-input.tsx";

interface ConditionEditorProps {
  condition: Condition;
  /** The questions the condition may look at, in survey order. */
  candidates: Question[];
  /** Keys of the hidden fields the condition may look at; none by default. */
  hiddenFields?: readonly string[];
  /** The candidates are the whole survey rather than the questions before a point (quotas). */
  wholeSurvey?: boolean;
  onChange: (next: Condition) => void;
  defaultLanguage: string;
  testId: string;
}

export function ConditionEditor({
  condition,
  candidates,
  hiddenFields = [],
  wholeSurvey = false,
  onChange,
  defaultLanguage,
  testId,
}: ConditionEditorProps) {
  const { t } = useTranslation();
  const comparison = asEditableComparison(condition);
  if (!comparison) {
    return (
      <Text size="sm" c="dimmed">
        {t("surveys.logic.advanced")}
      </Text>
    );
  }
  const { subject } = comparison;
  const question =
    subject.source === "answer"
      ? candidates.find((candidate) => candidate.id === subject.question)
      : undefined;
  const known = subject.source === "answer" ? question !== undefined : hiddenFields.includes(subject.field);
  const operators = question ? operatorsFor(question) : HIDDEN_FIELD_OPERATORS;
  const opLabel = (op: Comparison) =>
    subject.source === "hidden" && isPresenceCheck(op)
      ? t(`surveys.logic.hiddenOps.${op}`)
      : t(`surveys.logic.ops.${op}`);

  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <ConditionSubjectSelect
        comparison={comparison}
        candidates={candidates}
        hiddenFields={hiddenFields}
        wholeSurvey={wholeSurvey}
        onChange={onChange}
        defaultLanguage={defaultLanguage}
        testId={`${testId}-question`}
      />
      {known && (
        <>
          <NativeSelect
            aria-label={t("surveys.logic.operator")}
            data={operators.map((op) => ({ value: op, label: opLabel(op) }))}
            value={comparison.op}
            onChange={(event) => {
              const op = operators.find((candidate) => candidate === event.currentTarget.value);
              if (op) onChange(withOperator(comparison, question ?? null, op));
            }}
            w={170}
            data-testid={`${testId}-op`}
          />
          {comparison.value !== undefined &&
            (question ? (
              <ConditionValueInput
                comparison={comparison}
                question={question}
                onChange={onChange}
                defaultLanguage={defaultLanguage}
                testId={`${testId}-value`}
              />
            ) : (
              <TextInput
                aria-label={t("surveys.logic.value")}
                value={String(comparison.value)}
                onChange={(event) => onChange({ ...comparison, value: event.currentTarget.value })}
                style={{ flex: "1 1 160px" }}
                data-testid={`${testId}-value`}
              />
            ))}
        </>
      )}
    </Group>
  );
}
