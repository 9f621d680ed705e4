// Deletes a persona after asking; its segments and their customers are not touched.
import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconTrash } from "@tabler/icons-react";
import type { Persona } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ConfirmModal } from "../../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { useDeletePersona } from "./persona-queries.ts";
import { usePersonaText } from "./persona-text.ts";

export function DeletePersonaButton({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const text = usePersonaText();
  const [opened, modal] = useDisclosure(false);
  const remove = useDeletePersona();
  const name = text(persona.name);
  const close = () => {
    modal.close();
    remove.reset();
  };
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={modal.open}
        data-testid="persona-delete"
      >
        {t("customers.personas.editor.delete")}
      </Button>
      <ConfirmModal
        errorView={CustomerProblemAlert}
        opened={opened}
        title={t("customers.personas.editor.deleteTitle", { name })}
        body={t("customers.personas.editor.deleteBody")}
        confirmLabel={t("customers.personas.editor.delete")}
        pending={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() =>
          remove.mutate(persona.id, {
            onSuccess: () => {
              notifySuccess(t("customers.personas.editor.deleted", { name }));
              void navigate(CUSTOMER_SECTIONS.personas);
            },
          })
        }
      />
    </>
  );
}
