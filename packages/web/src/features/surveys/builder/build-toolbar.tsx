// Above the builder: whether there are unsaved changes, discard and save, and what saving a live survey does.
import { Alert, Badge, Button, Group, Paper, Stack } from "@mantine/core";
import { IconDeviceFloppy, IconInfoCircle } from "@tabler/icons-react";
import type { Survey } from "@touchpoint/core";
import { useTranslation } from "react-i18next";

interface BuildToolbarProps {
  survey: Survey;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

export function BuildToolbar({ survey, dirty, saving, onSave, onDiscard }: BuildToolbarProps) {
  const { t } = useTranslation();
  const versioned = survey.status === "live" || survey.status === "paused";
  return (
    <Stack gap="xs">
      {versioned && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle />} data-testid="survey-version-notice">
          {t("surveys.editor.versionNotice", { version: survey.version, next: survey.version + 1 })}
        </Alert>
      )}
      <Paper
        withBorder
        p="xs"
        radius="md"
        style={{ position: "sticky", top: 64, zIndex: 3, background: "var(--mantine-color-body)" }}
      >
        <Group justify="space-between">
          {dirty ? (
            <Badge color="orange" variant="light" data-testid="survey-dirty">
              {t("surveys.editor.unsaved")}
            </Badge>
          ) : (
            <Badge color="gray" variant="transparent">
              {t("surveys.editor.allSaved")}
            </Badge>
          )}
          <Group gap="xs">
            {dirty && (
              <Button variant="default" onClick={onDiscard} disabled={saving} data-testid="survey-discard">
                {t("surveys.editor.discard")}
              </Button>
            )}
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={onSave}
              disabled={!dirty}
              loading={saving}
              data-testid="survey-save"
            >
              {versioned ? t("surveys.editor.saveVersion") : t("surveys.editor.save")}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  );
}
