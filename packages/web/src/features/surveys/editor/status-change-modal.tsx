// Asks before a survey changes status, says what the change means, and shows the problem if it fails.
import { Button, Group, type MantineColor, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";

interface StatusChangeModalProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  color: MantineColor;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export function StatusChangeModal(props: StatusChangeModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack>
        <Text size="sm">{props.body}</Text>
        {props.error ? <ProblemAlert error={props.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={props.pending}>
            {t("app.cancel")}
          </Button>
          <Button
            color={props.color}
            onClick={props.onConfirm}
            loading={props.pending}
            data-testid="confirm-action"
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
