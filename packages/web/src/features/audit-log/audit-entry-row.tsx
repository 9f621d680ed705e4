// One audit entry: when, who, what and on what; expands to show the record before and after.
import { ActionIcon, Badge, Code, Group, Table, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import type { AuditEntry } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { AuditEntryChanges } from "./audit-entry-changes.tsx";

export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [opened, details] = useDisclosure(false);
  const hasChanges = entry.before != null || entry.after != null;

  return (
    <>
      <Table.Tr data-testid="audit-row">
        <Table.Td>
          {hasChanges && (
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={details.toggle}
              aria-expanded={opened}
              aria-label={opened ? t("audit.hideDetails") : t("audit.showDetails")}
            >
              {opened ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            </ActionIcon>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm" component="time" dateTime={entry.createdAt}>
            {format.dateTime(entry.createdAt)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{entry.actor.label}</Text>
            <Badge size="xs" variant="light" color="gray">
              {t(`audit.actorTypes.${entry.actor.type}`)}
            </Badge>
          </Group>
        </Table.Td>
        <Table.Td>
          <Code>{entry.action}</Code>
        </Table.Td>
        <Table.Td>
          <Text size="sm">
            {entry.targetType}
            {entry.targetId && (
              <Text span size="xs" c="dimmed" ff="monospace" ml={6}>
                {entry.targetId}
              </Text>
            )}
          </Text>
        </Table.Td>
      </Table.Tr>
      {opened && (
        <Table.Tr>
          <Table.Td colSpan={5} py={0}>
            <AuditEntryChanges before={entry.before} after={entry.after} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
