// The inputs of an interactions rule: at least how many, in how many days, and optionally of which outcome,
// channel and type.
import { Select, TextInput } from "@mantine/core";
import { INTERACTION_CHANNELS, INTERACTION_OUTCOMES } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { CountWindowFields } from "./count-window-fields.tsx";
import { type RuleErrors, ruleFieldError } from "./rule-field-error.ts";
import type { RuleDraft } from "./segment-rule-draft.ts";

interface InteractionsRuleFieldsProps {
  draft: Extract<RuleDraft, { kind: "interactions" }>;
  errors: RuleErrors;
  onChange: (draft: RuleDraft) => void;
  testId: string;
}

export function InteractionsRuleFields({ draft, errors, onChange, testId }: InteractionsRuleFieldsProps) {
  const { t } = useTranslation();
  const any = { value: "", label: t("customers.segments.fields.any") };
  return (
    <>
      <CountWindowFields draft={draft} errors={errors} onChange={onChange} testId={testId} />
      <Select
        label={t("customers.segments.fields.outcome")}
        data={[
          any,
          ...INTERACTION_OUTCOMES.map((value) => ({
            value,
            label: t(`customers.timeline.outcomes.${value}`),
          })),
        ]}
        value={draft.outcome}
        onChange={(value) =>
          onChange({ ...draft, outcome: INTERACTION_OUTCOMES.find((candidate) => candidate === value) ?? "" })
        }
        allowDeselect={false}
        w={140}
        data-testid={`${testId}-outcome`}
      />
      <Select
        label={t("customers.segments.fields.interactionChannel")}
        data={[
          any,
          ...INTERACTION_CHANNELS.map((value) => ({ value, label: t(`responses.channels.${value}`) })),
        ]}
        value={draft.channel}
        onChange={(value) =>
          onChange({ ...draft, channel: INTERACTION_CHANNELS.find((candidate) => candidate === value) ?? "" })
        }
        allowDeselect={false}
        w={140}
        data-testid={`${testId}-channel`}
      />
      <TextInput
        label={t("customers.segments.fields.type")}
        placeholder={t("customers.segments.fields.typePlaceholder")}
        value={draft.type}
        onChange={(event) => onChange({ ...draft, type: event.currentTarget.value })}
        error={ruleFieldError(errors, "type", t)}
        w={140}
        data-testid={`${testId}-type`}
      />
    </>
  );
}
