// The landing page of a workspace: a welcome, where to start setting up, and what the coming releases bring.
import { List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconHistory, IconKey, IconSparkles, IconUsersGroup } from "@tabler/icons-react";
import { can } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../ui/page-title.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { SetupCard } from "./setup-card.tsx";

export function OverviewPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const cards = [
    can(me.role, "members.read") && (
      <SetupCard
        key="members"
        to="/settings/members"
        icon={<IconUsersGroup />}
        title={t("nav.members")}
        hint={t("overview.membersHint")}
      />
    ),
    can(me.role, "api-keys.read") && (
      <SetupCard
        key="api-keys"
        to="/settings/api-keys"
        icon={<IconKey />}
        title={t("nav.apiKeys")}
        hint={t("overview.apiKeysHint")}
      />
    ),
    can(me.role, "audit.read") && (
      <SetupCard
        key="audit-log"
        to="/settings/audit-log"
        icon={<IconHistory />}
        title={t("nav.auditLog")}
        hint={t("overview.auditHint")}
      />
    ),
  ].filter(Boolean);

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <PageTitle>{t("overview.title", { workspace: me.workspace.name })}</PageTitle>
        <Text c="dimmed">{t("overview.intro")}</Text>
      </Stack>
      {cards.length > 0 && (
        <Stack gap="sm">
          <Title order={4}>{t("overview.setupTitle")}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>{cards}</SimpleGrid>
        </Stack>
      )}
      <Stack gap="sm">
        <Title order={4}>{t("overview.nextTitle")}</Title>
        <List spacing="xs" icon={<IconSparkles size={16} />} center>
          <List.Item>{t("overview.next.surveys")}</List.Item>
          <List.Item>{t("overview.next.responses")}</List.Item>
          <List.Item>{t("overview.next.analytics")}</List.Item>
          <List.Item>{t("overview.next.cases")}</List.Item>
        </List>
      </Stack>
    </Stack>
  );
}
