// The inputs of the rules with few of them: a tag (has it or not), consent on a channel (agreed or not), and
// the latest score of a metric compared with a value.
import { Select, TextInput } from "@mantine/core";
import { CONSENT_CHANNELS, SCORE_METRICS, SEGMENT_COMPARISONS } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { type RuleErrors, ruleFieldError } from "./rule-field-error.ts";
import type { RuleDraft } from "./segment-rule-draft.ts";

interface FieldsProps<K extends RuleDraft["kind"]> {
  draft: Extract<RuleDraft, { kind: K }>;
  errors: RuleErrors;
  onChange: (draft: RuleDraft) => void;
  testId: string;
}

export function TagRuleFields({ draft, errors, onChange, testId }: FieldsProps<"tag">) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t("customers.segments.fields.op")}
        data={[
          { value: "has", label: t("customers.segments.fields.tagHas") },
          { value: "hasNot", label: t("customers.segments.fields.tagHasNot") },
        ]}
        value={draft.has ? "has" : "hasNot"}
        onChange={(value) => onChange({ ...draft, has: value !== "hasNot" })}
        allowDeselect={false}
        w={200}
        data-testid={`${testId}-has`}
      />
      <TextInput
        label={t("customers.segments.fields.tag")}
        value={draft.tag}
        onChange={(event) => onChange({ ...draft, tag: event.currentTarget.value })}
        error={ruleFieldError(errors, "tag", t)}
        w={200}
        data-testid={`${testId}-tag`}
      />
    </>
  );
}

export function ConsentRuleFields({ draft, onChange, testId }: FieldsProps<"consent">) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t("customers.segments.fields.channel")}
        data={CONSENT_CHANNELS.map((value) => ({ value, label: t(`customers.consent.channels.${value}`) }))}
        value={draft.channel}
        onChange={(value) => {
          const channel = CONSENT_CHANNELS.find((candidate) => candidate === value);
          if (channel) onChange({ ...draft, channel });
        }}
        allowDeselect={false}
        w={170}
        data-testid={`${testId}-channel`}
      />
      <Select
        label={t("customers.segments.fields.op")}
        data={[
          { value: "granted", label: t("customers.segments.fields.granted") },
          { value: "notGranted", label: t("customers.segments.fields.notGranted") },
        ]}
        value={draft.granted ? "granted" : "notGranted"}
        onChange={(value) => onChange({ ...draft, granted: value !== "notGranted" })}
        allowDeselect={false}
        w={320}
        data-testid={`${testId}-granted`}
      />
    </>
  );
}

export function ScoreRuleFields({ draft, errors, onChange, testId }: FieldsProps<"score">) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t("customers.segments.fields.metric")}
        data={SCORE_METRICS.map((value) => ({ value, label: t(`customers.timeline.metrics.${value}`) }))}
        value={draft.metric}
        onChange={(value) => {
          const metric = SCORE_METRICS.find((candidate) => candidate === value);
          if (metric) onChange({ ...draft, metric });
        }}
        allowDeselect={false}
        w={120}
        data-testid={`${testId}-metric`}
      />
      <Select
        label={t("customers.segments.fields.op")}
        data={SEGMENT_COMPARISONS.map((op) => ({ value: op, label: t(`customers.segments.ops.${op}`) }))}
        value={draft.op}
        onChange={(value) => {
          const op = SEGMENT_COMPARISONS.find((candidate) => candidate === value);
          if (op) onChange({ ...draft, op });
        }}
        allowDeselect={false}
        w={170}
        data-testid={`${testId}-op`}
      />
      <TextInput
        label={t("customers.segments.fields.value")}
        inputMode="decimal"
        value={draft.value}
        onChange={(event) => onChange({ ...draft, value: event.currentTarget.value })}
        error={ruleFieldError(errors, "value", t)}
        w={100}
        data-testid={`${testId}-value`}
      />
    </>
  );
}
