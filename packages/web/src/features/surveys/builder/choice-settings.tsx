// Settings of choice questions: the choices, an "other" answer, limits, matrix rows and columns.
import { Group, NumberInput, Stack, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChoicesEditor } from "./choices-editor.tsx";
import { LocalizedTextInput } from "./localized-text-input.tsx";
import type { QuestionContext, SettingsProps } from "./question-context.ts";

const listProps = (context: QuestionContext) => ({
  languages: context.languages,
  defaultLanguage: context.defaultLanguage,
  localize: context.localize,
});

const optionalNumber = (value: string | number) => (typeof value === "number" ? value : undefined);

export function ChoiceSettings({
  question,
  onChange,
  context,
}: SettingsProps<"single_choice" | "multiple_choice" | "dropdown" | "ranking">) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <ChoicesEditor
        {...listProps(context)}
        label={t("surveys.builder.choices")}
        choices={question.choices}
        onChange={(choices) => onChange({ ...question, choices })}
        errorPath={`${context.path}.choices`}
        testId={`${context.testId}-choice`}
      />
      {question.type !== "ranking" && (
        <Switch
          label={t("surveys.builder.allowOther")}
          checked={question.allowOther}
          onChange={(event) => onChange({ ...question, allowOther: event.currentTarget.checked })}
        />
      )}
      {question.type === "multiple_choice" && (
        <Group grow>
          <NumberInput
            label={t("surveys.builder.minSelected")}
            value={question.minSelected ?? ""}
            min={0}
            allowDecimal={false}
            onChange={(value) => onChange({ ...question, minSelected: optionalNumber(value) })}
          />
          <NumberInput
            label={t("surveys.builder.maxSelected")}
            value={question.maxSelected ?? ""}
            min={1}
            allowDecimal={false}
            onChange={(value) => onChange({ ...question, maxSelected: optionalNumber(value) })}
          />
        </Group>
      )}
    </Stack>
  );
}

export function MatrixSettings({ question, onChange, context }: SettingsProps<"matrix">) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <ChoicesEditor
        {...listProps(context)}
        label={t("surveys.builder.rows")}
        kind="row"
        choices={question.rows}
        onChange={(rows) => onChange({ ...question, rows })}
        errorPath={`${context.path}.rows`}
        testId={`${context.testId}-row`}
        addTestId="matrix-row-add"
      />
      <ChoicesEditor
        {...listProps(context)}
        label={t("surveys.builder.columns")}
        kind="column"
        choices={question.columns}
        onChange={(columns) => onChange({ ...question, columns })}
        errorPath={`${context.path}.columns`}
        testId={`${context.testId}-column`}
        addTestId="matrix-column-add"
      />
    </Stack>
  );
}

export function GoalSettings({ question, onChange, context }: SettingsProps<"goal_completion">) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <LocalizedTextInput
        label={t("surveys.builder.achievedLabel")}
        description={t("surveys.builder.achievedLabelHint")}
        value={question.achievedLabel}
        languages={context.languages}
        defaultLanguage={context.defaultLanguage}
        onChange={(achievedLabel) => onChange({ ...question, achievedLabel })}
        optional
        errorPath={`${context.path}.achievedLabel`}
      />
      <Switch
        label={t("surveys.builder.askIntent")}
        description={t("surveys.builder.askIntentHint")}
        checked={question.intentChoices !== undefined}
        onChange={(event) =>
          onChange({
            ...question,
            intentChoices: event.currentTarget.checked
              ? [{ id: "c1", label: context.localize("option", { n: 1 }) }]
              : undefined,
          })
        }
      />
      {question.intentChoices && (
        <ChoicesEditor
          {...listProps(context)}
          label={t("surveys.builder.intentChoices")}
          choices={question.intentChoices}
          onChange={(intentChoices) => onChange({ ...question, intentChoices })}
          errorPath={`${context.path}.intentChoices`}
          testId={`${context.testId}-intent`}
        />
      )}
    </Stack>
  );
}
