// The Save and Cancel buttons at the foot of a profile section being edited.
import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface SaveCancelButtonsProps {
  pending: boolean;
  onCancel: () => void;
  saveLabel?: string;
  testId: string;
}

export function SaveCancelButtons({ pending, onCancel, saveLabel, testId }: SaveCancelButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" size="sm" onClick={onCancel} disabled={pending}>
        {t("app.cancel")}
      </Button>
      <Button type="submit" size="sm" loading={pending} data-testid={`${testId}-save`}>
        {saveLabel ?? t("customers.profile.save")}
      </Button>
    </Group>
  );
}
