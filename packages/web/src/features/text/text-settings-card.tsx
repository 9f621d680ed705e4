// The longest text the workspace analyses: every member sees it, text managers change it. Longer comments
// are stored but not analysed, and the analysis API refuses them.
import { Button, Group, NumberInput, Paper, Stack, Text } from "@mantine/core";
import { MAX_MAX_TEXT_LENGTH, MIN_MAX_TEXT_LENGTH } from "@touchpoint/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { LoadingState } from "../../ui/loading-state.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useSaveTextSettings, useTextSettings } from "./text-settings-queries.ts";

export function TextSettingsCard({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const settings = useTextSettings();
  const save = useSaveTextSettings();
  const [value, setValue] = useState<number | string>("");
  useEffect(() => {
    if (settings.data) setValue(settings.data.maxTextLength);
  }, [settings.data]);

  if (settings.isPending) return <LoadingState />;
  if (settings.isError)
    return <ProblemAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  const maxTextLength = typeof value === "number" ? value : Number.NaN;
  const valid =
    Number.isInteger(maxTextLength) &&
    maxTextLength >= MIN_MAX_TEXT_LENGTH &&
    maxTextLength <= MAX_MAX_TEXT_LENGTH;

  return (
    <Paper withBorder radius="md" p="sm" data-testid="text-settings">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { maxTextLength },
            { onSuccess: () => notifySuccess(t("feedback.textSettings.saved")) },
          );
        }}
      >
        <Stack gap="sm">
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t("feedback.textSettings.title")}
            </Text>
            <Text size="xs" c="dimmed">
              {t("feedback.textSettings.intro")}
            </Text>
          </Stack>
          <Group align="flex-end" gap="sm">
            <NumberInput
              label={t("feedback.textSettings.maxTextLength")}
              description={t("feedback.textSettings.bounds", {
                min: format.number(MIN_MAX_TEXT_LENGTH),
                max: format.number(MAX_MAX_TEXT_LENGTH),
              })}
              value={value}
              onChange={setValue}
              min={MIN_MAX_TEXT_LENGTH}
              max={MAX_MAX_TEXT_LENGTH}
              allowDecimal={false}
              suffix={` ${t("feedback.textSettings.characters")}`}
              disabled={!canManage}
              w={320}
              data-testid="text-settings-max-length"
            />
            {canManage && (
              <Button
                type="submit"
                loading={save.isPending}
                disabled={!valid}
                data-testid="text-settings-save"
              >
                {t("feedback.textSettings.save")}
              </Button>
            )}
          </Group>
          {!canManage && (
            <Text size="xs" c="dimmed">
              {t("feedback.textSettings.readOnly")}
            </Text>
          )}
          {save.isError && <ProblemAlert error={save.error} />}
        </Stack>
      </form>
    </Paper>
  );
}
