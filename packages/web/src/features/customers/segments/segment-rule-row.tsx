// One rule of the segment builder: its kind, then the inputs of that kind in a row that wraps, and a button
// to remove it. Changing the kind starts the rule afresh.
import { ActionIcon, Group, Paper, Select, Text } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import type { AttributeDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { AttributeRuleFields } from "./attribute-rule-fields.tsx";
import { FeedbackRuleFields } from "./feedback-rule-fields.tsx";
import { InteractionsRuleFields } from "./interactions-rule-fields.tsx";
import type { RuleErrors } from "./rule-field-error.ts";
import { newRuleDraft, RULE_KINDS, type RuleDraft } from "./segment-rule-draft.ts";
import { ConsentRuleFields, ScoreRuleFields, TagRuleFields } from "./simple-rule-fields.tsx";

interface SegmentRuleRowProps {
  index: number;
  draft: RuleDraft;
  definitions: readonly AttributeDefinition[];
  errors: RuleErrors;
  readOnly: boolean;
  onChange: (draft: RuleDraft) => void;
  onRemove: () => void;
}

export function SegmentRuleRow(props: SegmentRuleRowProps) {
  const { t } = useTranslation();
  const { draft, definitions, errors, onChange, index } = props;
  const testId = `segment-rule-${index}`;
  const fields = { errors, onChange, testId };
  return (
    <Paper withBorder radius="md" p="sm" data-testid="segment-rule" data-kind={draft.kind}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Text size="sm" fw={700} c="dimmed" mt={30} w={20} ta="right">
          {index + 1}
        </Text>
        <fieldset
          disabled={props.readOnly}
          style={{ border: 0, padding: 0, margin: 0, minWidth: 0, flex: 1 }}
        >
          <Group align="flex-start" gap="sm">
            <Select
              label={t("customers.segments.fields.kind")}
              data={RULE_KINDS.map((kind) => ({ value: kind, label: t(`customers.segments.kinds.${kind}`) }))}
              value={draft.kind}
              onChange={(value) => {
                const kind = RULE_KINDS.find((candidate) => candidate === value);
                if (kind && kind !== draft.kind) onChange(newRuleDraft(kind, definitions));
              }}
              allowDeselect={false}
              w={160}
              data-testid={`${testId}-kind`}
              error={errors.server.kind}
            />
            {draft.kind === "attribute" && (
              <AttributeRuleFields draft={draft} definitions={definitions} {...fields} />
            )}
            {draft.kind === "tag" && <TagRuleFields draft={draft} {...fields} />}
            {draft.kind === "consent" && <ConsentRuleFields draft={draft} {...fields} />}
            {draft.kind === "score" && <ScoreRuleFields draft={draft} {...fields} />}
            {draft.kind === "interactions" && <InteractionsRuleFields draft={draft} {...fields} />}
            {draft.kind === "feedback" && <FeedbackRuleFields draft={draft} {...fields} />}
          </Group>
        </fieldset>
        {!props.readOnly && (
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={26}
            onClick={props.onRemove}
            aria-label={t("customers.segments.editor.removeRule")}
            data-testid={`${testId}-remove`}
          >
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}
