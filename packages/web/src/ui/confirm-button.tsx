// A button that asks before it acts: it opens the ConfirmModal, which shows the action's pending state
// and its failure, and forgets that failure when closed.
import { Button, type ButtonProps } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ComponentType, ReactNode } from "react";
import { ConfirmModal } from "./confirm-modal.tsx";

interface ConfirmButtonProps {
  label: string;
  testId: string;
  title: string;
  body: string;
  /** The modal's button; the button's own label unless given. */
  confirmLabel?: string;
  icon?: ReactNode;
  variant?: ButtonProps["variant"];
  color?: ButtonProps["color"];
  size?: ButtonProps["size"];
  /** The mutation behind the action: its state is shown, and reset when the modal closes. */
  action: { isPending: boolean; error: unknown; reset: () => void };
  /** Runs the action; `close` closes the modal, for an action whose button stays on the page. */
  onConfirm: (close: () => void) => void;
  errorView?: ComponentType<{ error: unknown }>;
}

export function ConfirmButton(props: ConfirmButtonProps) {
  const [opened, modal] = useDisclosure(false);
  const close = () => {
    modal.close();
    props.action.reset();
  };
  return (
    <>
      <Button
        variant={props.variant ?? "subtle"}
        color={props.color ?? "red"}
        size={props.size ?? "sm"}
        leftSection={props.icon}
        onClick={modal.open}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
      <ConfirmModal
        {...(props.errorView ? { errorView: props.errorView } : {})}
        opened={opened}
        title={props.title}
        body={props.body}
        confirmLabel={props.confirmLabel ?? props.label}
        pending={props.action.isPending}
        error={props.action.error}
        onClose={close}
        onConfirm={() => props.onConfirm(close)}
      />
    </>
  );
}
