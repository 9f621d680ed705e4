// /dashboards: the workspace's saved dashboards, the default CX dashboard first; filter by team, open, copy
// a link to share inside the workspace, duplicate, delete (not the default) and create.
import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCopy, IconPlus, IconTrash } from "@tabler/icons-react";
import { can, type DashboardSummary } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { LoadingState } from "../../ui/loading-state.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { PageTitle } from "../../ui/page-title.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { CopyDashboardLinkButton } from "./copy-link-button.tsx";
import { CreateDashboardModal } from "./create-dashboard-modal.tsx";
import { useDashboards, useDeleteDashboard, useDuplicateDashboard } from "./dashboards-queries.ts";

export function DashboardsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "dashboards.manage");
  const [team, setTeam] = useState<string | null>(null);
  const all = useDashboards(null);
  const list = useDashboards(team);
  const [creating, createModal] = useDisclosure(false);
  const teams = [...new Set((all.data ?? []).flatMap((item) => (item.team ? [item.team] : [])))].sort();

  const body = () => {
    if (list.error) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
    if (!list.data) return <LoadingState />;
    if (list.data.length === 0) {
      return (
        <Text c="dimmed" data-testid="dashboards-empty">
          {t("dashboards.list.empty")}
        </Text>
      );
    }
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {list.data.map((dashboard) => (
          <DashboardCard key={dashboard.id} dashboard={dashboard} canManage={canManage} />
        ))}
      </SimpleGrid>
    );
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} maw={720}>
          <PageTitle>{t("dashboards.list.title")}</PageTitle>
          <Text c="dimmed">{t("dashboards.list.intro")}</Text>
        </Stack>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={createModal.open}
            data-testid="dashboards-create"
          >
            {t("dashboards.create.action")}
          </Button>
        )}
      </Group>
      <Select
        label={t("dashboards.list.team")}
        placeholder={t("dashboards.list.allTeams")}
        data={teams}
        value={team}
        onChange={setTeam}
        clearable
        w={{ base: "100%", sm: 260 }}
        data-testid="dashboards-team"
      />
      {body()}
      <CreateDashboardModal opened={creating} onClose={createModal.close} />
    </Stack>
  );
}

function DashboardCard({ dashboard, canManage }: { dashboard: DashboardSummary; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const duplicate = useDuplicateDashboard();
  const remove = useDeleteDashboard();
  return (
    <Card withBorder radius="md" data-testid="dashboard-card" data-default={dashboard.isDefault}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text
            component={Link}
            to={`/dashboards/${dashboard.id}`}
            fw={700}
            c="blue.8"
            data-testid="dashboard-open"
          >
            {dashboard.name}
          </Text>
          {dashboard.isDefault && (
            <Badge variant="light" data-testid="dashboard-default">
              {t("dashboards.list.default")}
            </Badge>
          )}
        </Group>
        <Text size="sm">{dashboard.team ?? t("dashboards.list.wholeWorkspace")}</Text>
        <Text size="xs" c="dimmed">
          {t("dashboards.list.updated", {
            date: format.dateTime(dashboard.updatedAt),
            by: dashboard.createdBy,
          })}
        </Text>
        <Group gap="xs" wrap="wrap">
          <CopyDashboardLinkButton dashboardId={dashboard.id} size="xs" />
          {canManage && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCopy size={14} />}
              loading={duplicate.isPending}
              onClick={() =>
                duplicate.mutate(
                  { id: dashboard.id, name: t("dashboards.list.copyName", { name: dashboard.name }) },
                  {
                    onSuccess: () => notifySuccess(t("dashboards.list.duplicated")),
                    onError: (e) => notifyError(e, t),
                  },
                )
              }
              data-testid="dashboard-duplicate"
            >
              {t("dashboards.list.duplicate")}
            </Button>
          )}
          {canManage && !dashboard.isDefault && (
            <ConfirmButton
              label={t("dashboards.list.delete")}
              testId="dashboard-delete"
              title={t("dashboards.list.deleteTitle")}
              body={t("dashboards.list.deleteBody", { name: dashboard.name })}
              icon={<IconTrash size={14} />}
              size="xs"
              action={remove}
              onConfirm={(close) =>
                remove.mutate(dashboard.id, {
                  onSuccess: () => {
                    close();
                    notifySuccess(t("dashboards.list.deleted"));
                  },
                })
              }
            />
          )}
        </Group>
      </Stack>
    </Card>
  );
}
