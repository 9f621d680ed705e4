// "Import CSV" on the customers list: a modal that takes a file, sends it, and shows the import's report.
import { Button, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFileImport } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ImportCustomersForm } from "./import-customers-form.tsx";

export function ImportCustomersButton() {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileImport size={16} />}
        onClick={modal.open}
        data-testid="customers-import"
      >
        {t("customers.import.button")}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t("customers.import.title")} size="xl">
        <ImportCustomersForm onClose={modal.close} />
      </Modal>
    </>
  );
}
