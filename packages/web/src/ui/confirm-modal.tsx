// Asks before an action (destructive ones in red); stays open and shows the problem if the action fails.
import { Button, Group, type MantineColor, Modal, Stack, Text } from "@mantine/core";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./problem-alert.tsx";

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** Colour of the confirm button; red unless the action is harmless. */
  color?: MantineColor;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** How a failure is shown: the generic problem alert unless a feature words its own refusals. */
  errorView?: ComponentType<{ error: unknown }>;
}

export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();
  const ErrorView = props.errorView ?? ProblemAlert;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack>
        <Text size="sm">{props.body}</Text>
        {props.error ? <ErrorView error={props.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={props.pending}>
            {t("app.cancel")}
          </Button>
          <Button
            color={props.color ?? "red"}
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
