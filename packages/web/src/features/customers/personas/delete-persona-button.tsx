// Deletes a persona after asking; its segments and their customers are not touched.
import { IconTrash } from "@tabler/icons-react";
import type { Persona } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ConfirmButton } from "../../../ui/confirm-button.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { useDeletePersona } from "./persona-queries.ts";
import { usePersonaText } from "./persona-text.ts";

export function DeletePersonaButton({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const text = usePersonaText();
  const remove = useDeletePersona();
  const name = text(persona.name);
  return (
    <ConfirmButton
      label={t("customers.personas.editor.delete")}
      testId="persona-delete"
      icon={<IconTrash size={16} />}
      title={t("customers.personas.editor.deleteTitle", { name })}
      body={t("customers.personas.editor.deleteBody")}
      action={remove}
      errorView={CustomerProblemAlert}
      onConfirm={() =>
        remove.mutate(persona.id, {
          onSuccess: () => {
            notifySuccess(t("customers.personas.editor.deleted", { name }));
            void navigate(CUSTOMER_SECTIONS.personas);
          },
        })
      }
    />
  );
}
