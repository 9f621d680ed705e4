// Relabels an attribute in a modal. Its type can be chosen too, but the server refuses a change of type
// (values of the old type may exist): that refusal is shown in the modal.
import { Button, Modal, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil } from "@tabler/icons-react";
import type { AttributeDefinition, AttributeType } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../../ui/notify.ts";
import { useDefineAttribute } from "../attribute-definitions-queries.ts";
import { fieldProblemsOf, problemUnder } from "../form/customer-field-errors.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { problemMessage } from "../form/field-problem-message.tsx";
import { SaveCancelButtons } from "../profile/save-cancel-buttons.tsx";
import { AttributeDefinitionFields } from "./attribute-definition-fields.tsx";
import { type LabelDraft, labelDraftOf, labelOf } from "./attribute-label.ts";

function EditAttributeForm({ definition, onDone }: { definition: AttributeDefinition; onDone: () => void }) {
  const { t } = useTranslation();
  const define = useDefineAttribute();
  const [type, setType] = useState<AttributeType>(definition.type);
  const [label, setLabel] = useState<LabelDraft>(() => labelDraftOf(definition));
  const [labelMissing, setLabelMissing] = useState(false);
  const problems = fieldProblemsOf(define.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = labelOf(label);
    setLabelMissing(sent === null);
    if (!sent) return;
    // Languages other than vi and en, set through the API, are kept.
    const { vi: _vi, en: _en, ...others } = definition.label;
    define.mutate(
      { key: definition.key, type, label: { ...others, ...sent } },
      {
        onSuccess: () => {
          notifySuccess(t("customers.attributeSettings.saved", { key: definition.key }));
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {define.error && (
          <CustomerProblemAlert
            error={define.error}
            problems={problems}
            placed={(path) => path.startsWith("label")}
          />
        )}
        <AttributeDefinitionFields
          type={type}
          onTypeChange={setType}
          label={label}
          onLabelChange={setLabel}
          labelError={
            labelMissing
              ? t("customers.attributeSettings.labelNeeded")
              : problemMessage(problemUnder(problems, "label"))
          }
          testId="attribute-edit"
        />
        <SaveCancelButtons pending={define.isPending} onCancel={onDone} testId="attribute-edit" />
      </Stack>
    </form>
  );
}

export function EditAttributeButton({ definition }: { definition: AttributeDefinition }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPencil size={14} />}
        onClick={modal.open}
        data-testid="attribute-edit"
      >
        {t("customers.attributeSettings.edit")}
      </Button>
      <Modal
        opened={opened}
        onClose={modal.close}
        title={t("customers.attributeSettings.editTitle", { key: definition.key })}
      >
        <EditAttributeForm definition={definition} onDone={modal.close} />
      </Modal>
    </>
  );
}
