// The input of one attribute, by its type: text, number (decimals written as in the UI language), a
// yes/no switch, or a date.
import { NumberInput, Switch, TextInput } from "@mantine/core";
import type { AttributeType } from "@touchpoint/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AttributeDraft } from "./attribute-values.ts";

interface AttributeInputProps {
  type: AttributeType;
  label: string;
  value: AttributeDraft;
  onChange: (value: AttributeDraft) => void;
  error: ReactNode;
  testId: string;
}

export function AttributeInput({ type, label, value, onChange, error, testId }: AttributeInputProps) {
  const { i18n } = useTranslation();
  switch (type) {
    case "boolean":
      return (
        <Switch
          label={label}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
          error={error}
          data-testid={testId}
        />
      );
    case "number":
      return (
        <NumberInput
          label={label}
          value={typeof value === "boolean" ? "" : value}
          onChange={onChange}
          decimalSeparator={i18n.resolvedLanguage === "vi" ? "," : "."}
          error={error}
          data-testid={testId}
        />
      );
    case "date":
      return (
        <TextInput
          type="date"
          label={label}
          value={String(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          w={200}
          data-testid={testId}
        />
      );
    case "string":
      return (
        <TextInput
          label={label}
          value={String(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          data-testid={testId}
        />
      );
  }
}
