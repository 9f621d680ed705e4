// Says that the customer's personal data was erased, and when; the profile shows nothing else.
import { Alert, Text } from "@mantine/core";
import { IconShieldX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";

export function ErasedBanner({ erasedAt }: { erasedAt: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconShieldX />}
      title={t("customers.profile.erased.title")}
      data-testid="customer-erased"
    >
      <Text size="sm">{t("customers.profile.erased.body", { date: format.date(erasedAt) })}</Text>
    </Alert>
  );
}
