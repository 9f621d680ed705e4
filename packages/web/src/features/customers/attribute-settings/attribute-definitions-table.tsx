// The attributes the workspace defines, as a table, with its loading, error and empty states.
import { Badge, Code, EmptyState, Group, Table, Text } from "@mantine/core";
import { IconListDetails } from "@tabler/icons-react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { AttributeDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { DeleteAttributeButton } from "./delete-attribute-button.tsx";
import { EditAttributeButton } from "./edit-attribute-button.tsx";

interface AttributeDefinitionsTableProps {
  definitions: UseQueryResult<AttributeDefinition[]>;
  canManage: boolean;
}

function Label({ text }: { text: string | undefined }) {
  return text ? (
    <Text size="sm">{text}</Text>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

export function AttributeDefinitionsTable({ definitions, canManage }: AttributeDefinitionsTableProps) {
  const { t } = useTranslation();
  if (definitions.isPending) return <LoadingState />;
  if (definitions.isError) {
    return <ProblemAlert error={definitions.error} onRetry={() => void definitions.refetch()} />;
  }
  if (definitions.data.length === 0) {
    return (
      <EmptyState
        icon={<IconListDetails />}
        withIndicatorBackground
        description={
          canManage ? t("customers.attributeSettings.empty") : t("customers.attributeSettings.emptyReadOnly")
        }
        data-testid="attributes-empty"
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="attributes-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("customers.attributeSettings.key")}</Table.Th>
            <Table.Th>{t("customers.attributeSettings.labelVi")}</Table.Th>
            <Table.Th>{t("customers.attributeSettings.labelEn")}</Table.Th>
            <Table.Th>{t("customers.attributeSettings.type")}</Table.Th>
            {canManage && <Table.Th>{t("customers.attributeSettings.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {definitions.data.map((definition) => (
            <Table.Tr key={definition.key} data-testid="attribute-row" data-key={definition.key}>
              <Table.Td>
                <Code>{definition.key}</Code>
              </Table.Td>
              <Table.Td>
                <Label text={definition.label.vi} />
              </Table.Td>
              <Table.Td>
                <Label text={definition.label.en} />
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray" tt="none">
                  {t(`customers.attributeSettings.types.${definition.type}`)}
                </Badge>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <EditAttributeButton definition={definition} />
                    <DeleteAttributeButton definition={definition} />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
