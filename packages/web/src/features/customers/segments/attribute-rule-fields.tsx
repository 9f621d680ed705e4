// The inputs of an attribute rule: which attribute (labelled in the UI language), the conditions its type
// takes, and a value input of its type (text, number, date, yes/no); "is set" needs no value.
import { Select, TextInput } from "@mantine/core";
import type { AttributeDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useAttributeLabel } from "../profile/use-attribute-label.ts";
import { type RuleErrors, ruleFieldError } from "./rule-field-error.ts";
import {
  type AttributeOp,
  opsForType,
  type RuleDraft,
  takesValue,
  withAttribute,
} from "./segment-rule-draft.ts";

type AttributeDraft = Extract<RuleDraft, { kind: "attribute" }>;

interface AttributeRuleFieldsProps {
  draft: AttributeDraft;
  definitions: readonly AttributeDefinition[];
  errors: RuleErrors;
  onChange: (draft: RuleDraft) => void;
  testId: string;
}

const DATE_OPS = ["gt", "gte", "lt", "lte"] as const;

export function AttributeRuleFields({
  draft,
  definitions,
  errors,
  onChange,
  testId,
}: AttributeRuleFieldsProps) {
  const { t } = useTranslation();
  const label = useAttributeLabel();
  const type = definitions.find((definition) => definition.key === draft.key)?.type;
  const ops = opsForType(type);
  const opLabel = (op: AttributeOp) => {
    const dateOp = DATE_OPS.find((candidate) => candidate === op);
    return type === "date" && dateOp
      ? t(`customers.segments.dateOps.${dateOp}`)
      : t(`customers.segments.ops.${op}`);
  };
  const attributes = definitions.map((definition) => ({ value: definition.key, label: label(definition) }));
  // A saved rule naming an attribute removed since still shows its key, with the problem under it.
  if (draft.key && !type) attributes.push({ value: draft.key, label: draft.key });
  const valueProps = {
    label: t("customers.segments.fields.value"),
    error: ruleFieldError(errors, "value", t),
    "data-testid": `${testId}-value`,
  };
  return (
    <>
      <Select
        label={t("customers.segments.fields.attribute")}
        placeholder={definitions.length === 0 ? t("customers.segments.fields.noAttributes") : undefined}
        data={attributes}
        value={draft.key || null}
        onChange={(key) => key && onChange(withAttribute(draft, key, definitions))}
        allowDeselect={false}
        searchable
        error={ruleFieldError(errors, "key", t)}
        w={200}
        data-testid={`${testId}-attribute`}
      />
      <Select
        label={t("customers.segments.fields.op")}
        data={ops.map((op) => ({ value: op, label: opLabel(op) }))}
        value={draft.op}
        onChange={(op) => {
          const next = ops.find((candidate) => candidate === op);
          if (next) onChange({ ...draft, op: next });
        }}
        allowDeselect={false}
        error={ruleFieldError(errors, "op", t)}
        w={170}
        data-testid={`${testId}-op`}
      />
      {takesValue(draft.op) &&
        (type === "boolean" ? (
          <Select
            {...valueProps}
            data={[
              { value: "true", label: t("customers.segments.fields.yes") },
              { value: "false", label: t("customers.segments.fields.no") },
            ]}
            value={draft.value || "true"}
            onChange={(value) => onChange({ ...draft, value: value ?? "true" })}
            allowDeselect={false}
            w={120}
          />
        ) : (
          <TextInput
            {...valueProps}
            type={type === "date" ? "date" : "text"}
            inputMode={type === "number" ? "decimal" : undefined}
            value={draft.value}
            onChange={(event) => onChange({ ...draft, value: event.currentTarget.value })}
            w={type === "date" ? 170 : 200}
          />
        ))}
    </>
  );
}
