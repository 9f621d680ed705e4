// "New customer": opens the form in a modal and, once created, goes to the new profile.
import { Button, type ButtonProps, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { notifySuccess } from "../../../ui/notify.ts";
import { customerDisplayName } from "../customer-display.ts";
import { NewCustomerForm } from "./new-customer-form.tsx";

export function NewCustomerButton({ variant }: { variant?: ButtonProps["variant"] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button
        variant={variant}
        leftSection={<IconPlus size={16} />}
        onClick={modal.open}
        data-testid="customer-new"
      >
        {t("customers.new")}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t("customers.form.title")} size="lg">
        <NewCustomerForm
          onCancel={modal.close}
          onCreated={(customer) => {
            modal.close();
            notifySuccess(
              t("customers.form.created", { name: customerDisplayName(customer) ?? t("customers.unnamed") }),
            );
            void navigate(`/customers/${customer.id}`);
          }}
        />
      </Modal>
    </>
  );
}
