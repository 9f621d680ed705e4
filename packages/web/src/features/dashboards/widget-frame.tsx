// The card around a widget: its title in the reader's language, the editor's controls, a save error that
// names this widget, and the widget's own body.
import { Alert, Group, Paper, Stack, Text } from "@mantine/core";
import type { DashboardWidget } from "@touchpoint/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface WidgetFrameProps {
  widget: DashboardWidget;
  /** The save's 422 naming a field of this widget: its path and message. */
  fieldError?: { path: string; message: string } | undefined;
  controls?: ReactNode;
  children: ReactNode;
}

export function widgetTitle(title: DashboardWidget["title"], language: string): string {
  return (language === "en" ? (title.en ?? title.vi) : (title.vi ?? title.en)) ?? "";
}

export function WidgetFrame({ widget, fieldError, controls, children }: WidgetFrameProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      h="100%"
      miw={0}
      data-testid="widget"
      data-kind={widget.kind}
      data-widget={widget.id}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={700} data-testid="widget-title">
            {widgetTitle(widget.title, i18n.resolvedLanguage ?? "vi")}
          </Text>
          {controls}
        </Group>
        {fieldError && (
          <Alert color="red" variant="light" p="xs" data-testid="widget-field-error">
            {t("dashboards.edit.fieldError", { path: fieldError.path, message: fieldError.message })}
          </Alert>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
