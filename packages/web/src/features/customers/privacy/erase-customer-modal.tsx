// Erasing a customer's personal data: says plainly that it cannot be undone and what goes and what stays,
// and asks for the customer's name to be typed (accents optional) before the button works.
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type Customer, foldForSearch } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../../ui/notify.ts";
import { customerDisplayName } from "../customer-display.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { useEraseCustomer } from "./privacy-queries.ts";

interface EraseCustomerModalProps {
  customer: Customer;
  opened: boolean;
  onClose: () => void;
}

export function EraseCustomerModal({ customer, opened, onClose }: EraseCustomerModalProps) {
  const { t } = useTranslation();
  const erase = useEraseCustomer();
  const [typed, setTyped] = useState("");
  const name = customerDisplayName(customer) ?? customer.id;
  const matches = typed.trim() !== "" && foldForSearch(typed) === foldForSearch(name);
  const close = () => {
    setTyped("");
    erase.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t("customers.privacy.eraseTitle")} size="lg" centered>
      <Stack>
        <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
          <Text size="sm">{t("customers.privacy.eraseBody")}</Text>
        </Alert>
        <TextInput
          label={t("customers.privacy.eraseType", { name })}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={
            typed.trim().length >= name.length && !matches ? t("customers.privacy.eraseMismatch") : undefined
          }
          autoComplete="off"
          data-autofocus
          data-testid="erase-confirm-name"
        />
        {erase.error ? <CustomerProblemAlert error={erase.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={erase.isPending}>
            {t("app.cancel")}
          </Button>
          <Button
            color="red"
            disabled={!matches}
            loading={erase.isPending}
            onClick={() =>
              erase.mutate(customer.id, {
                onSuccess: () => {
                  notifySuccess(t("customers.privacy.erased"));
                  close();
                },
              })
            }
            data-testid="erase-confirm"
          >
            {t("customers.privacy.eraseConfirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
