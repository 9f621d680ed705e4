// The editor's bar over a dashboard being edited: its name and team, adding a widget, save and cancel.
import { Button, Group, Paper, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

interface DashboardEditBarProps {
  name: string;
  team: string;
  onName: (name: string) => void;
  onTeam: (team: string) => void;
  onAddWidget: () => void;
  onSave: () => void;
  onCancel: () => void;
  saving: boolean;
}

export function DashboardEditBar(props: DashboardEditBarProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="dashboard-edit-bar">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t("dashboards.edit.name")}
          value={props.name}
          onChange={(event) => props.onName(event.currentTarget.value)}
          w={{ base: "100%", sm: 260 }}
          data-testid="edit-name"
        />
        <TextInput
          label={t("dashboards.edit.team")}
          value={props.team}
          onChange={(event) => props.onTeam(event.currentTarget.value)}
          w={{ base: "100%", sm: 200 }}
          data-testid="edit-team"
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={props.onAddWidget}
          data-testid="edit-add-widget"
        >
          {t("dashboards.edit.addWidget")}
        </Button>
        <Group gap="xs" ml="auto">
          <Button variant="default" onClick={props.onCancel} data-testid="edit-cancel">
            {t("dashboards.edit.cancel")}
          </Button>
          <Button
            onClick={props.onSave}
            loading={props.saving}
            disabled={!props.name.trim()}
            data-testid="edit-save"
          >
            {t("dashboards.edit.save")}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
