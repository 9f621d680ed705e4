// Settings of input questions: text length and placeholder, number and date limits, the consent wording.
import { Group, NumberInput, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import { LocalizedTextInput } from "./localized-text-input.tsx";
import type { SettingsProps } from "./question-context.ts";

const optionalNumber = (value: string | number) => (typeof value === "number" ? value : undefined);

export function TextSettings({ question, onChange, context }: SettingsProps<"text">) {
  const { t } = useTranslation();
  const maxLengthError = useFieldError(`${context.path}.maxLength`);
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Switch
          label={t("surveys.builder.multiline")}
          checked={question.multiline}
          onChange={(event) => onChange({ ...question, multiline: event.currentTarget.checked })}
        />
        <NumberInput
          label={t("surveys.builder.maxLength")}
          value={question.maxLength}
          min={1}
          max={20000}
          w={160}
          allowDecimal={false}
          onChange={(value) => onChange({ ...question, maxLength: optionalNumber(value) ?? 5000 })}
          error={maxLengthError}
        />
      </Group>
      <LocalizedTextInput
        label={t("surveys.builder.placeholder")}
        value={question.placeholder}
        languages={context.languages}
        defaultLanguage={context.defaultLanguage}
        onChange={(placeholder) => onChange({ ...question, placeholder })}
        optional
        errorPath={`${context.path}.placeholder`}
      />
    </Stack>
  );
}

export function NumberSettings({ question, onChange, context }: SettingsProps<"number">) {
  const { t } = useTranslation();
  const minError = useFieldError(`${context.path}.min`);
  const maxError = useFieldError(`${context.path}.max`);
  return (
    <Group align="flex-end" grow>
      <NumberInput
        label={t("surveys.builder.min")}
        value={question.min ?? ""}
        onChange={(value) => onChange({ ...question, min: optionalNumber(value) })}
        error={minError}
      />
      <NumberInput
        label={t("surveys.builder.max")}
        value={question.max ?? ""}
        onChange={(value) => onChange({ ...question, max: optionalNumber(value) })}
        error={maxError}
      />
      <Switch
        label={t("surveys.builder.integer")}
        checked={question.integer}
        onChange={(event) => onChange({ ...question, integer: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}

export function DateSettings({ question, onChange, context }: SettingsProps<"date">) {
  const { t } = useTranslation();
  const minError = useFieldError(`${context.path}.min`);
  const maxError = useFieldError(`${context.path}.max`);
  return (
    <Group grow>
      <TextInput
        type="date"
        label={t("surveys.builder.earliest")}
        value={question.min ?? ""}
        onChange={(event) => onChange({ ...question, min: event.currentTarget.value || undefined })}
        error={minError}
      />
      <TextInput
        type="date"
        label={t("surveys.builder.latest")}
        value={question.max ?? ""}
        onChange={(event) => onChange({ ...question, max: event.currentTarget.value || undefined })}
        error={maxError}
      />
    </Group>
  );
}

export function ConsentSettings({ question, onChange, context }: SettingsProps<"consent">) {
  const { t } = useTranslation();
  return (
    <LocalizedTextInput
      label={t("surveys.builder.consentText")}
      value={question.text}
      languages={context.languages}
      defaultLanguage={context.defaultLanguage}
      onChange={(text) => onChange({ ...question, text: text ?? {} })}
      multiline
      errorPath={`${context.path}.text`}
    />
  );
}

export function NoSettings() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t("surveys.builder.noSettings")}
    </Text>
  );
}
