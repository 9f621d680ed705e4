// One API key in the table: its prefix, role, dates, whether it still works, and revocation.
import { Badge, Code, Table, Text } from "@mantine/core";
import type { ApiKey } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { RevokeApiKeyButton } from "./revoke-api-key-button.tsx";

export function ApiKeyRow({ apiKey, canManage }: { apiKey: ApiKey; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const revoked = apiKey.revokedAt !== null;
  return (
    <Table.Tr data-testid="api-key-row" data-status={revoked ? "revoked" : "active"}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {apiKey.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Code>{apiKey.prefix}…</Code>
      </Table.Td>
      <Table.Td>{t(`roles.${apiKey.role}`)}</Table.Td>
      <Table.Td>
        <Text size="sm">{format.dateTime(apiKey.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={apiKey.lastUsedAt ? undefined : "dimmed"}>
          {apiKey.lastUsedAt ? format.dateTime(apiKey.lastUsedAt) : t("app.never")}
        </Text>
      </Table.Td>
      <Table.Td>
        {apiKey.revokedAt ? (
          <Badge color="gray" variant="light" title={format.dateTime(apiKey.revokedAt)}>
            {t("apiKeys.revoked")}
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            {t("apiKeys.active")}
          </Badge>
        )}
      </Table.Td>
      {canManage && <Table.Td>{!revoked && <RevokeApiKeyButton apiKey={apiKey} />}</Table.Td>}
    </Table.Tr>
  );
}
