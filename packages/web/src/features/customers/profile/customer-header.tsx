// The top of a profile: the customer's name (or the identity that stands for it), language and tags, when
// they became a customer, and the actions on the whole profile.
import { Badge, Group, Stack, Text } from "@mantine/core";
import type { Customer } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { PageTitle } from "../../../ui/page-title.tsx";
import { useLanguageName } from "../../surveys/use-language-name.ts";
import { customerDisplayName } from "../customer-display.ts";
import { CustomerActions } from "./customer-actions.tsx";

export function CustomerHeader({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const languageName = useLanguageName();
  const erased = customer.erasedAt !== null;
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6}>
        <PageTitle>{customerDisplayName(customer) ?? t("customers.unnamed")}</PageTitle>
        {!erased && (customer.language || customer.tags.length > 0) && (
          <Group gap={6} data-testid="customer-header-tags">
            {customer.language && (
              <Badge variant="outline" color="gray" tt="none">
                {languageName(customer.language)}
              </Badge>
            )}
            {customer.tags.map((tag) => (
              <Badge key={tag} variant="light" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t("customers.profile.since", { date: format.date(customer.createdAt) })} ·{" "}
          {t("customers.profile.updated", { time: format.dateTime(customer.updatedAt) })}
        </Text>
      </Stack>
      <CustomerActions customer={customer} editable={editable} />
    </Group>
  );
}
