// Actions on a whole profile, beside its name. Merging ("these two are the same person") joins them here.
import { Button, Group, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil } from "@tabler/icons-react";
import type { Customer } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { CustomerDetailsForm } from "./customer-details-form.tsx";

export function CustomerActions({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  if (!editable) return null;
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconPencil size={16} />}
        onClick={modal.open}
        data-testid="customer-edit-details"
      >
        {t("customers.profile.editDetails")}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t("customers.profile.detailsTitle")}>
        <CustomerDetailsForm customer={customer} onDone={modal.close} />
      </Modal>
    </Group>
  );
}
