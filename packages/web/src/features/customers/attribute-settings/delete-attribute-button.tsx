// Deletes an attribute definition after a confirmation that says what happens to the values on profiles.
import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconTrash } from "@tabler/icons-react";
import type { AttributeDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { useRemoveAttribute } from "../attribute-definitions-queries.ts";

export function DeleteAttributeButton({ definition }: { definition: AttributeDefinition }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const remove = useRemoveAttribute();
  const { key } = definition;

  function close() {
    modal.close();
    remove.reset();
  }

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        leftSection={<IconTrash size={14} />}
        onClick={modal.open}
        data-testid="attribute-delete"
      >
        {t("customers.attributeSettings.delete")}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t("customers.attributeSettings.deleteTitle", { key })}
        body={t("customers.attributeSettings.deleteBody", { key })}
        confirmLabel={t("customers.attributeSettings.delete")}
        pending={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() =>
          remove.mutate(key, {
            onSuccess: () => {
              close();
              notifySuccess(t("customers.attributeSettings.deleted", { key }));
            },
          })
        }
      />
    </>
  );
}
