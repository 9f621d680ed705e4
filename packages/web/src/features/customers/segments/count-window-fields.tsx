// "At least N in the last D days": the two inputs that interactions and feedback rules share.
import { TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type RuleErrors, ruleFieldError } from "./rule-field-error.ts";
import type { RuleDraft } from "./segment-rule-draft.ts";

type CountWindowDraft = Extract<RuleDraft, { kind: "interactions" | "feedback" }>;

interface CountWindowFieldsProps<Draft extends CountWindowDraft> {
  draft: Draft;
  errors: RuleErrors;
  onChange: (draft: Draft) => void;
  testId: string;
}

export function CountWindowFields<Draft extends CountWindowDraft>({
  draft,
  errors,
  onChange,
  testId,
}: CountWindowFieldsProps<Draft>) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t("customers.segments.fields.minCount")}
        inputMode="numeric"
        value={draft.minCount}
        onChange={(event) => onChange({ ...draft, minCount: event.currentTarget.value })}
        error={ruleFieldError(errors, "minCount", t)}
        w={90}
        data-testid={`${testId}-min-count`}
      />
      <TextInput
        label={t("customers.segments.fields.withinDays")}
        inputMode="numeric"
        value={draft.withinDays}
        onChange={(event) => onChange({ ...draft, withinDays: event.currentTarget.value })}
        error={ruleFieldError(errors, "withinDays", t)}
        w={150}
        data-testid={`${testId}-within-days`}
      />
    </>
  );
}
