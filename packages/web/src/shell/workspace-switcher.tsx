// Lets a member of several workspaces move between them; hidden for a member of only one.
import { Select } from "@mantine/core";
import { IconBuildingStore } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSwitchWorkspace } from "../features/auth/auth-queries.ts";
import { useCurrentMe } from "../features/auth/current-me.tsx";
import { notifyError, notifySuccess } from "../ui/notify.ts";

export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const switchWorkspace = useSwitchWorkspace();
  if (me.workspaces.length < 2) return null;

  return (
    <Select
      aria-label={t("workspace.label")}
      data={me.workspaces.map((workspace) => ({ value: workspace.id, label: workspace.name }))}
      value={me.workspace.id}
      allowDeselect={false}
      disabled={switchWorkspace.isPending}
      leftSection={<IconBuildingStore size={16} />}
      w={220}
      size="sm"
      data-testid="workspace-switcher"
      onChange={(workspaceId) => {
        if (!workspaceId || workspaceId === me.workspace.id) return;
        switchWorkspace.mutate(workspaceId, {
          onSuccess: (next) => notifySuccess(t("workspace.switched", { name: next.workspace.name })),
          onError: (error) => notifyError(error, t),
        });
      }}
    />
  );
}
