// Defines a new customer attribute: its key (fixed for good), type and labels.
import { Button, Group, Paper, Stack, TextInput, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { AttributeDefinition, AttributeType } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../../ui/notify.ts";
import { useDefineAttribute } from "../attribute-definitions-queries.ts";
import { fieldProblemsOf, problemUnder } from "../form/customer-field-errors.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { problemMessage } from "../form/field-problem-message.tsx";
import { AttributeDefinitionFields } from "./attribute-definition-fields.tsx";
import { type LabelDraft, labelOf } from "./attribute-label.ts";

const EMPTY_LABEL: LabelDraft = { vi: "", en: "" };
const isPlaced = (path: string) => /^(params\.key|key|label)(\.|$)/.test(path);

export function AddAttributeForm({ existing }: { existing: readonly AttributeDefinition[] }) {
  const { t } = useTranslation();
  const define = useDefineAttribute();
  const [key, setKey] = useState("");
  const [type, setType] = useState<AttributeType>("string");
  const [label, setLabel] = useState<LabelDraft>(EMPTY_LABEL);
  const [local, setLocal] = useState<{ key?: string; label?: string }>({});
  const problems = fieldProblemsOf(define.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedKey = key.trim();
    const sentLabel = labelOf(label);
    const taken = existing.some((definition) => definition.key === trimmedKey);
    setLocal({
      ...(taken ? { key: t("customers.attributeSettings.keyTaken") } : {}),
      ...(sentLabel ? {} : { label: t("customers.attributeSettings.labelNeeded") }),
    });
    if (taken || !sentLabel) return;
    define.mutate(
      { key: trimmedKey, type, label: sentLabel },
      {
        onSuccess: () => {
          notifySuccess(t("customers.attributeSettings.added", { key: trimmedKey }));
          setKey("");
          setType("string");
          setLabel(EMPTY_LABEL);
          define.reset();
        },
      },
    );
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="add-attribute-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4} id="add-attribute-title">
            {t("customers.attributeSettings.addTitle")}
          </Title>
          {define.error && (
            <CustomerProblemAlert error={define.error} problems={problems} placed={isPlaced} />
          )}
          <AttributeDefinitionFields
            type={type}
            onTypeChange={setType}
            label={label}
            onLabelChange={setLabel}
            labelError={local.label ?? problemMessage(problemUnder(problems, "label"))}
            keyInput={
              <TextInput
                label={t("customers.attributeSettings.key")}
                description={t("customers.attributeSettings.keyHint")}
                inputWrapperOrder={["label", "input", "description", "error"]}
                placeholder={t("customers.attributeSettings.keyPlaceholder")}
                value={key}
                onChange={(event) => setKey(event.currentTarget.value)}
                required
                styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
                error={local.key ?? problemMessage(problemUnder(problems, "params.key"))}
                data-testid="attribute-key"
              />
            }
            testId="attribute"
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconPlus size={16} />}
              loading={define.isPending}
              disabled={!key.trim()}
              data-testid="attribute-add"
            >
              {t("customers.attributeSettings.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
