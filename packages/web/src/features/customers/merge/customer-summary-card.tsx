// One customer of a pair, side by side with the other (merge preview, merge suggestion): name, identities
// and, when known, tags and age. Identities the evidence named are highlighted.
import { Anchor, Badge, Card, Group, Mark, Stack, Text } from "@mantine/core";
import type { Customer } from "@touchpoint/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { customerDisplayName, formatPhone } from "../customer-display.ts";
import type { CustomerSummary } from "./merge-types.ts";

interface CustomerSummaryCardProps {
  customer: CustomerSummary & Partial<Pick<Customer, "tags" | "createdAt">>;
  /** A word above the name: which one stays, which one goes. */
  label?: ReactNode;
  /** Identities to mark (E.164 phones, lower-case emails, "system:value" external ids). */
  highlight?: readonly string[];
  testId?: string;
}

export function CustomerSummaryCard({ customer, label, highlight = [], testId }: CustomerSummaryCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const marked = (value: string, shown = value) =>
    highlight.includes(value) ? <Mark color="yellow">{shown}</Mark> : shown;
  const identities = [
    ...customer.emails.map((email) => ({ key: email, node: marked(email) })),
    ...customer.phones.map((phone) => ({ key: phone, node: marked(phone, formatPhone(phone)) })),
    ...customer.externalIds.map(({ system, value }) => ({
      key: `${system}:${value}`,
      node: (
        <>
          <Badge variant="outline" color="gray" size="xs" tt="none" mr={6}>
            {system}
          </Badge>
          {marked(`${system}:${value}`, value)}
        </>
      ),
    })),
  ];
  const name = customerDisplayName(customer);
  return (
    <Card withBorder radius="md" padding="md" h="100%" data-testid={testId}>
      <Stack gap={6}>
        {label}
        <Anchor component={Link} to={`/customers/${customer.id}`} fw={700} fs={name ? undefined : "italic"}>
          {name ?? t("customers.unnamed")}
        </Anchor>
        <Stack gap={2}>
          {identities.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("customers.identities.none")}
            </Text>
          ) : (
            identities.map((identity) => (
              <Text key={identity.key} size="sm" style={{ overflowWrap: "anywhere" }}>
                {identity.node}
              </Text>
            ))
          )}
        </Stack>
        {customer.tags && customer.tags.length > 0 && (
          <Group gap={4}>
            {customer.tags.map((tag) => (
              <Badge key={tag} size="sm" variant="light" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
        {customer.createdAt && (
          <Text size="xs" c="dimmed">
            {t("customers.merge.card.created", { date: format.date(customer.createdAt) })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
