// Asks before an action of the customers module, and keeps a refusal in the dialog in the module's own
// words (a later merge first, a segment a persona stands for) rather than the server's English.
import { Button, Group, type MantineColor, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CustomerProblemAlert } from "./customer-problem-alert.tsx";

interface CustomerConfirmModalProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  color?: MantineColor;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export function CustomerConfirmModal(props: CustomerConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack>
        <Text size="sm">{props.body}</Text>
        {props.error ? <CustomerProblemAlert error={props.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={props.pending}>
            {t("app.cancel")}
          </Button>
          <Button
            color={props.color ?? "red"}
            loading={props.pending}
            onClick={props.onConfirm}
            data-testid="confirm-action"
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
