// Settings › API keys: the keys of this workspace; managers create keys (shown once) and revoke them.
import { Stack, Text } from "@mantine/core";
import { can } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../ui/page-title.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import type { CreatedApiKey } from "./api-keys-queries.ts";
import { ApiKeysTable } from "./api-keys-table.tsx";
import { CreateApiKeyForm } from "./create-api-key-form.tsx";
import { CreatedApiKeyAlert } from "./created-api-key-alert.tsx";

export function ApiKeysPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "api-keys.manage");
  // The secret lives only in this page's state: it is not cached, and leaving the page forgets it.
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <PageTitle>{t("apiKeys.title")}</PageTitle>
        <Text c="dimmed">{t("apiKeys.intro")}</Text>
      </Stack>
      {created && <CreatedApiKeyAlert created={created} onDismiss={() => setCreated(null)} />}
      <ApiKeysTable canManage={canManage} />
      {canManage && <CreateApiKeyForm onCreated={setCreated} />}
    </Stack>
  );
}
