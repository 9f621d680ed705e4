// Actions on a whole profile, beside its name: edit its details, merge it with another profile of the same
// person, and (owners and admins) export or erase its personal data.
import { Button, Group, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil } from "@tabler/icons-react";
import { type Customer, can } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { MergeWithButton } from "../merge/merge-with-button.tsx";
import { PrivacyMenu } from "../privacy/privacy-menu.tsx";
import { CustomerDetailsForm } from "./customer-details-form.tsx";

export function CustomerActions({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [opened, modal] = useDisclosure(false);
  const canMerge = editable && can(me.role, "customers.merge");
  const canErase = !customer.erasedAt && can(me.role, "customers.erase");
  if (!editable && !canErase) return null;
  return (
    <Group gap="xs">
      {editable && (
        <Button
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={modal.open}
          data-testid="customer-edit-details"
        >
          {t("customers.profile.editDetails")}
        </Button>
      )}
      {canMerge && <MergeWithButton customer={customer} />}
      {canErase && <PrivacyMenu customer={customer} />}
      <Modal opened={opened} onClose={modal.close} title={t("customers.profile.detailsTitle")}>
        <CustomerDetailsForm customer={customer} onDone={modal.close} />
      </Modal>
    </Group>
  );
}
