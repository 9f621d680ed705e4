// One customer in the list: the name (linking to the profile), emails, phones, tags, language, last change.
import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import type { Customer } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { useLanguageName } from "../../surveys/use-language-name.ts";
import { customerDisplayName, formatPhone } from "../customer-display.ts";

/** Rows stay short: the first few values, then "+N". */
const SHOWN = 2;

function FirstValues({ values }: { values: string[] }) {
  const more = values.length - SHOWN;
  return (
    <Stack gap={0}>
      {values.slice(0, SHOWN).map((value) => (
        <Text key={value} size="sm" style={{ whiteSpace: "nowrap" }}>
          {value}
        </Text>
      ))}
      {more > 0 && (
        <Text size="xs" c="dimmed">
          +{more}
        </Text>
      )}
    </Stack>
  );
}

export function CustomerRow({ customer, onTag }: { customer: Customer; onTag: (tag: string) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const languageName = useLanguageName();
  const navigate = useNavigate();
  const path = `/customers/${customer.id}`;
  const name = customerDisplayName(customer);
  return (
    <Table.Tr data-testid="customer-row" style={{ cursor: "pointer" }} onClick={() => void navigate(path)}>
      <Table.Td>
        <Anchor
          component={Link}
          to={path}
          fw={600}
          size="sm"
          fs={name ? undefined : "italic"}
          onClick={(event) => event.stopPropagation()}
          data-testid="customer-row-name"
        >
          {name ?? t("customers.unnamed")}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <FirstValues values={customer.emails} />
      </Table.Td>
      <Table.Td>
        <FirstValues values={customer.phones.map(formatPhone)} />
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {customer.tags.map((tag) => (
            <UnstyledButton
              key={tag}
              title={t("customers.filterByTag", { tag })}
              onClick={(event) => {
                event.stopPropagation();
                onTag(tag);
              }}
            >
              <Badge variant="light" size="sm" tt="none" style={{ cursor: "pointer" }}>
                {tag}
              </Badge>
            </UnstyledButton>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        {customer.language && (
          <Badge variant="outline" color="gray" size="sm" title={languageName(customer.language)}>
            {customer.language}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
          {format.dateTime(customer.updatedAt)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
