// The API keys of the workspace as a table, with its loading, error and empty states.
import { EmptyState, Table } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { ApiKeyRow } from "./api-key-row.tsx";
import { useApiKeys } from "./api-keys-queries.ts";

export function ApiKeysTable({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const apiKeys = useApiKeys();

  if (apiKeys.isPending) return <LoadingState />;
  if (apiKeys.isError) return <ProblemAlert error={apiKeys.error} onRetry={() => void apiKeys.refetch()} />;
  if (apiKeys.data.length === 0) {
    return (
      <EmptyState
        icon={<IconKey />}
        withIndicatorBackground
        description={canManage ? t("apiKeys.empty") : t("apiKeys.emptyReadOnly")}
      />
    );
  }

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="api-keys-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("apiKeys.name")}</Table.Th>
            <Table.Th>{t("apiKeys.prefix")}</Table.Th>
            <Table.Th>{t("apiKeys.role")}</Table.Th>
            <Table.Th>{t("apiKeys.created")}</Table.Th>
            <Table.Th>{t("apiKeys.lastUsed")}</Table.Th>
            <Table.Th>{t("apiKeys.status")}</Table.Th>
            {canManage && <Table.Th>{t("apiKeys.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apiKeys.data.map((apiKey) => (
            <ApiKeyRow key={apiKey.id} apiKey={apiKey} canManage={canManage} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
