// Undoes a merge after asking: the merged profile becomes its own again with what the merge moved. A refusal
// (a later merge first, already undone) stays in the dialog.
import { Button, type ButtonProps } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowBackUp } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { useUndoMerge } from "./merge-queries.ts";
import type { CustomerMerge } from "./merge-types.ts";
import { useCustomerName } from "./use-customer-name.ts";

interface UndoMergeButtonProps {
  merge: CustomerMerge;
  label?: string;
  variant?: ButtonProps["variant"];
}

export function UndoMergeButton({ merge, label, variant = "default" }: UndoMergeButtonProps) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const undo = useUndoMerge();
  const merged = useCustomerName(merge.mergedId);
  const close = () => {
    modal.close();
    undo.reset();
  };
  return (
    <>
      <Button
        size="xs"
        variant={variant}
        leftSection={<IconArrowBackUp size={14} />}
        onClick={modal.open}
        data-testid="merge-undo"
      >
        {label ?? t("customers.merge.list.undo")}
      </Button>
      <ConfirmModal
        errorView={CustomerProblemAlert}
        opened={opened}
        title={t("customers.merge.list.undoTitle")}
        body={t("customers.merge.list.undoBody", { merged })}
        confirmLabel={t("customers.merge.list.undoConfirm")}
        color="orange"
        pending={undo.isPending}
        error={undo.error}
        onClose={close}
        onConfirm={() =>
          undo.mutate(merge.id, {
            onSuccess: () => {
              notifySuccess(t("customers.merge.list.undoneToast", { merged }));
              close();
            },
          })
        }
      />
    </>
  );
}
