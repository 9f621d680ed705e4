// "Show only if": a question appears only when an earlier answer compares to a value.
import { Stack, Switch, Text } from "@mantine/core";
import type { Condition, Question } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import { ConditionEditor } from "./condition-editor.tsx";
import { defaultCondition } from "./condition-rules.ts";

interface QuestionLogicProps {
  showIf: Condition | undefined;
  candidates: Question[];
  onChange: (next: Condition | undefined) => void;
  defaultLanguage: string;
  errorPath: string;
  testId: string;
}

export function QuestionLogic({
  showIf,
  candidates,
  onChange,
  defaultLanguage,
  errorPath,
  testId,
}: QuestionLogicProps) {
  const { t } = useTranslation();
  const error = useFieldError(errorPath);
  const nearest = candidates.at(-1);
  return (
    <Stack gap="xs">
      <Switch
        label={t("surveys.logic.showIf")}
        description={nearest ? undefined : t("surveys.logic.noEarlierQuestion")}
        checked={showIf !== undefined}
        disabled={!nearest && showIf === undefined}
        onChange={(event) =>
          onChange(event.currentTarget.checked && nearest ? defaultCondition(nearest) : undefined)
        }
        data-testid={`${testId}-logic-toggle`}
      />
      {showIf && (
        <ConditionEditor
          condition={showIf}
          candidates={candidates}
          onChange={onChange}
          defaultLanguage={defaultLanguage}
          testId={`${testId}-logic`}
        />
      )}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
