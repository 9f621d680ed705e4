// The data-subject actions of a profile, for owners and admins: export everything held as JSON (a download,
// audited by the server) and erase the personal data (asks first, see EraseCustomerModal).
import { Button, Menu } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconDownload, IconShieldX } from "@tabler/icons-react";
import type { Customer } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { EraseCustomerModal } from "./erase-customer-modal.tsx";
import { exportPath } from "./privacy-queries.ts";

export function PrivacyMenu({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const [erasing, eraseModal] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" width={300}>
        <Menu.Target>
          <Button
            variant="default"
            rightSection={<IconChevronDown size={16} />}
            data-testid="customer-privacy-menu"
          >
            {t("customers.privacy.more")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            component="a"
            href={exportPath(customer.id)}
            download={`customer-${customer.id}.json`}
            leftSection={<IconDownload size={16} />}
            title={t("customers.privacy.exportHint")}
            data-testid="customer-export"
          >
            {t("customers.privacy.export")}
          </Menu.Item>
          {!customer.mergedInto && (
            <Menu.Item
              color="red"
              leftSection={<IconShieldX size={16} />}
              onClick={eraseModal.open}
              data-testid="customer-erase"
            >
              {t("customers.privacy.erase")}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <EraseCustomerModal customer={customer} opened={erasing} onClose={eraseModal.close} />
    </>
  );
}
