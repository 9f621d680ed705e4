// The inputs of a feedback rule: at least how many analysed texts of which sentiment, in how many days.
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CountWindowFields } from "./count-window-fields.tsx";
import type { RuleErrors } from "./rule-field-error.ts";
import type { RuleDraft } from "./segment-rule-draft.ts";

const SENTIMENTS = ["negative", "neutral", "positive"] as const;

interface FeedbackRuleFieldsProps {
  draft: Extract<RuleDraft, { kind: "feedback" }>;
  errors: RuleErrors;
  onChange: (draft: RuleDraft) => void;
  testId: string;
}

export function FeedbackRuleFields({ draft, errors, onChange, testId }: FeedbackRuleFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t("customers.segments.fields.sentiment")}
        data={SENTIMENTS.map((value) => ({
          value,
          label: t(`customers.segments.fields.sentiments.${value}`),
        }))}
        value={draft.sentiment}
        onChange={(value) => {
          const sentiment = SENTIMENTS.find((candidate) => candidate === value);
          if (sentiment) onChange({ ...draft, sentiment });
        }}
        allowDeselect={false}
        w={280}
        data-testid={`${testId}-sentiment`}
      />
      <CountWindowFields draft={draft} errors={errors} onChange={onChange} testId={testId} />
    </>
  );
}
