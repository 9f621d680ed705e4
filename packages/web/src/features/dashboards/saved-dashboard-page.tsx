// /dashboards/:id: a saved dashboard, its widgets on the grid under the global filters, live as responses
// arrive; editors change its filters, name, team and widgets and save them against the version they read.
import { Alert, Badge, Button, EmptyState, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconLayoutGrid, IconPencil } from "@tabler/icons-react";
import { can, type Dashboard, type DashboardFilters, type DashboardWidget } from "@touchpoint/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { LoadingState } from "../../ui/loading-state.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageTitle } from "../../ui/page-title.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useLiveRollups } from "../analytics/use-live-rollups.ts";
import { workspaceDate } from "../analytics/workspace-today.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { CopyDashboardLinkButton } from "./copy-link-button.tsx";
import {
  appendWidget,
  freshWidgetId,
  moveWidget,
  removeWidget,
  resizeWidget,
  widgetIdOfPath,
} from "./dashboard-edit.ts";
import { DashboardEditBar } from "./dashboard-edit-bar.tsx";
import { DashboardGrid } from "./dashboard-grid.tsx";
import { useDashboard, useUpdateDashboard } from "./dashboards-queries.ts";
import { GlobalFiltersBar } from "./global-filters-bar.tsx";
import { WidgetEditControls } from "./widget-edit-controls.tsx";
import { WidgetFormModal } from "./widget-form-modal.tsx";
import { widgetScope } from "./widget-scope.ts";
import { WidgetView } from "./widget-view.tsx";

export function SavedDashboardPage() {
  const { id = "" } = useParams();
  const dashboard = useDashboard(id);
  useLiveRollups();
  if (dashboard.error)
    return <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <LoadingState />;
  // A new version (saved here, or reloaded after a conflict) starts the page afresh from what was saved.
  return (
    <SavedDashboard
      key={`${dashboard.data.id}:${dashboard.data.version}`}
      dashboard={dashboard.data}
      onReload={() => void dashboard.refetch()}
    />
  );
}

interface Draft {
  name: string;
  team: string;
  widgets: DashboardWidget[];
}

function SavedDashboard({ dashboard, onReload }: { dashboard: Dashboard; onReload: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "dashboards.manage");
  const [filters, setFilters] = useState<DashboardFilters>(dashboard.globalFilters);
  const scope = useMemo(
    () => widgetScope(filters, workspaceDate(new Date(), me.timeZone)),
    [filters, me.timeZone],
  );
  const [draft, setDraft] = useState<Draft | null>(null);
  const [adding, addModal] = useDisclosure(false);
  const update = useUpdateDashboard(dashboard.id);
  const error = update.error instanceof ApiError ? update.error : null;
  const widgets = draft?.widgets ?? dashboard.widgets;
  const fieldErrors = new Map(
    error?.status === 422
      ? error.fieldErrors.flatMap((field) => {
          const widgetId = widgetIdOfPath(widgets, field.path);
          return widgetId ? [[widgetId, field] as const] : [];
        })
      : [],
  );
  const filtersChanged = JSON.stringify(filters) !== JSON.stringify(dashboard.globalFilters);

  const save = (content: { name: string; team: string | null; widgets: DashboardWidget[] }) =>
    update.mutate(
      { ...content, globalFilters: filters, version: dashboard.version },
      { onSuccess: () => notifySuccess(t(draft ? "dashboards.edit.saved" : "dashboards.filters.saved")) },
    );
  const change = (next: (widgets: DashboardWidget[]) => DashboardWidget[]) =>
    setDraft((current) => (current ? { ...current, widgets: next(current.widgets) } : current));

  return (
    <Stack gap="lg" data-testid="saved-dashboard" data-version={dashboard.version}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <PageTitle>{dashboard.name}</PageTitle>
            {dashboard.isDefault && <Badge variant="light">{t("dashboards.list.default")}</Badge>}
            {dashboard.team && <Badge variant="outline">{dashboard.team}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {t("dashboards.page.live")}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to="/dashboards" variant="subtle">
            {t("dashboards.page.back")}
          </Button>
          <CopyDashboardLinkButton dashboardId={dashboard.id} />
          {canManage && !draft && (
            <Button
              leftSection={<IconPencil size={16} />}
              onClick={() =>
                setDraft({ name: dashboard.name, team: dashboard.team ?? "", widgets: dashboard.widgets })
              }
              data-testid="dashboard-edit"
            >
              {t("dashboards.edit.start")}
            </Button>
          )}
        </Group>
      </Group>
      {error?.status === 409 && (
        <Alert color="orange" title={t("dashboards.edit.conflictTitle")} data-testid="dashboard-conflict">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("dashboards.edit.conflictBody")}</Text>
            <Button size="xs" variant="light" onClick={onReload} data-testid="dashboard-reload">
              {t("dashboards.edit.reload")}
            </Button>
          </Stack>
        </Alert>
      )}
      {error && error.status !== 409 && fieldErrors.size === 0 && <ProblemAlert error={error} />}
      {draft && (
        <DashboardEditBar
          name={draft.name}
          team={draft.team}
          onName={(name) => setDraft({ ...draft, name })}
          onTeam={(team) => setDraft({ ...draft, team })}
          onAddWidget={addModal.open}
          onSave={() => save({ name: draft.name, team: draft.team.trim() || null, widgets: draft.widgets })}
          onCancel={() => {
            setDraft(null);
            update.reset();
          }}
          saving={update.isPending}
        />
      )}
      <GlobalFiltersBar
        scope={scope}
        onChange={setFilters}
        onSave={
          canManage && !draft && filtersChanged
            ? () => save({ name: dashboard.name, team: dashboard.team, widgets: dashboard.widgets })
            : undefined
        }
        saving={update.isPending}
      />
      {widgets.length === 0 ? (
        <EmptyState
          icon={<IconLayoutGrid />}
          withIndicatorBackground
          title={t("dashboards.page.emptyTitle")}
          description={dashboard.note ?? t("dashboards.page.emptyBody")}
          data-testid="dashboard-empty"
        />
      ) : (
        <DashboardGrid
          widgets={widgets}
          render={(widget) => (
            <WidgetView
              widget={widget}
              scope={scope}
              fieldError={fieldErrors.get(widget.id)}
              controls={
                draft && (
                  <WidgetEditControls
                    onMove={(direction) => change((all) => moveWidget(all, widget.id, direction))}
                    onResize={(size) => change((all) => resizeWidget(all, widget.id, size))}
                    onRemove={() => change((all) => removeWidget(all, widget.id))}
                  />
                )
              }
            />
          )}
        />
      )}
      {draft && (
        <WidgetFormModal
          opened={adding}
          onClose={addModal.close}
          idFor={(kind) => freshWidgetId(draft.widgets, kind)}
          onAdd={(widget) => change((all) => appendWidget(all, widget))}
        />
      )}
    </Stack>
  );
}
