// Deletes an attribute definition after a confirmation that says what happens to the values on profiles.
import { IconTrash } from "@tabler/icons-react";
import type { AttributeDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../../../ui/confirm-button.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { useRemoveAttribute } from "../attribute-definitions-queries.ts";

export function DeleteAttributeButton({ definition }: { definition: AttributeDefinition }) {
  const { t } = useTranslation();
  const remove = useRemoveAttribute();
  const { key } = definition;
  return (
    <ConfirmButton
      label={t("customers.attributeSettings.delete")}
      testId="attribute-delete"
      size="xs"
      icon={<IconTrash size={14} />}
      title={t("customers.attributeSettings.deleteTitle", { key })}
      body={t("customers.attributeSettings.deleteBody", { key })}
      action={remove}
      onConfirm={(close) =>
        remove.mutate(key, {
          onSuccess: () => {
            close();
            notifySuccess(t("customers.attributeSettings.deleted", { key }));
          },
        })
      }
    />
  );
}
