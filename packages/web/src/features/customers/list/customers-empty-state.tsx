// The customers list before there are any: the ways profiles arrive, and the button for adding one.
import { Code, EmptyState, List, Stack, Text } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { NewCustomerButton } from "./new-customer-button.tsx";

export function CustomersEmptyState({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconUsers />}
      withIndicatorBackground
      title={t("customers.empty.title")}
      data-testid="customers-empty"
    >
      <Stack gap="xs" maw={560}>
        <Text size="sm" ta="center">
          {t("customers.empty.body")}
        </Text>
        {/* The ways read as a list: left-aligned, though the empty state centres its text. */}
        <List size="sm" spacing={4} ta="left" mx="auto">
          <List.Item>{t("customers.empty.responses")}</List.Item>
          <List.Item>{t("customers.empty.api")}</List.Item>
          <List.Item>
            {t("customers.empty.import")} <Code>{t("customers.empty.importCommand")}</Code>
          </List.Item>
        </List>
        <Text size="sm" c="dimmed" ta="center">
          {canManage ? t("customers.empty.manual") : t("customers.empty.readOnly")}
        </Text>
      </Stack>
      {canManage && (
        <EmptyState.Actions>
          <NewCustomerButton variant="light" />
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
