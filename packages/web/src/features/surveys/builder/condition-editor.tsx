// Edits one condition "question … compares to … value"; other conditions (set through the API) are named.
import { Group, NativeSelect, Text } from "@mantine/core";
import { type Condition, pickText, type Question } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { asAnswerComparison, defaultCondition, operatorsFor, withOperator } from "./condition-rules.ts";
import { ConditionValueInput } from "./condition-value-input.tsx";

interface ConditionEditorProps {
  condition: Condition;
  /** The questions the condition may look at, in survey order. */
  candidates: Question[];
  onChange: (next: Condition) => void;
  defaultLanguage: string;
  testId: string;
}

export function ConditionEditor({
  condition,
  candidates,
  onChange,
  defaultLanguage,
  testId,
}: ConditionEditorProps) {
  const { t, i18n } = useTranslation();
  const comparison = asAnswerComparison(condition);
  if (!comparison) {
    return (
      <Text size="sm" c="dimmed">
        {t("surveys.logic.advanced")}
      </Text>
    );
  }
  const questionId = comparison.subject.question;
  const question = candidates.find((candidate) => candidate.id === questionId);
  const title = (item: Question) => {
    const text = pickText(item.title, i18n.resolvedLanguage ?? defaultLanguage, defaultLanguage) || item.id;
    return text.length > 48 ? `${text.slice(0, 47)}…` : text;
  };
  const questionOptions = candidates.map((item, index) => ({
    value: item.id,
    label: `${index + 1}. ${title(item)}`,
  }));
  if (!question)
    questionOptions.push({ value: questionId, label: t("surveys.logic.notBefore", { id: questionId }) });

  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <NativeSelect
        aria-label={t("surveys.logic.question")}
        data={questionOptions}
        value={questionId}
        onChange={(event) => {
          const next = candidates.find((candidate) => candidate.id === event.currentTarget.value);
          if (next) onChange(defaultCondition(next));
        }}
        error={question ? undefined : t("surveys.logic.notBeforeHint")}
        style={{ flex: "1 1 220px" }}
        data-testid={`${testId}-question`}
      />
      {question && (
        <>
          <NativeSelect
            aria-label={t("surveys.logic.operator")}
            data={operatorsFor(question).map((op) => ({ value: op, label: t(`surveys.logic.ops.${op}`) }))}
            value={comparison.op}
            onChange={(event) => {
              const op = operatorsFor(question).find((candidate) => candidate === event.currentTarget.value);
              if (op) onChange(withOperator(comparison, question, op));
            }}
            w={170}
            data-testid={`${testId}-op`}
          />
          {comparison.value !== undefined && (
            <ConditionValueInput
              comparison={comparison}
              question={question}
              onChange={onChange}
              defaultLanguage={defaultLanguage}
              testId={`${testId}-value`}
            />
          )}
        </>
      )}
    </Group>
  );
}
