// The reminders of a send: how many, and the hours between them (the server's limits: 0–3, 24–336 hours).
import { Group, NumberInput, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface ReminderFieldsProps {
  count: number;
  intervalHours: number;
  onCountChange: (count: number) => void;
  onIntervalHoursChange: (hours: number) => void;
}

export function ReminderFields({
  count,
  intervalHours,
  onCountChange,
  onIntervalHoursChange,
}: ReminderFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t("invitations.reminders")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("invitations.remindersHint")}
      </Text>
      <Group align="flex-start">
        <NumberInput
          label={t("invitations.reminderCount")}
          min={0}
          max={3}
          clampBehavior="strict"
          allowDecimal={false}
          value={count}
          onChange={(value) => onCountChange(typeof value === "number" ? value : 0)}
          w={200}
        />
        <NumberInput
          label={t("invitations.reminderInterval")}
          min={24}
          max={336}
          step={24}
          allowDecimal={false}
          disabled={count === 0}
          value={intervalHours}
          onChange={(value) => onIntervalHoursChange(typeof value === "number" ? value : 72)}
          w={200}
        />
      </Group>
    </Stack>
  );
}
