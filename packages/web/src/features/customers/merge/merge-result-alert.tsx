// The result of a merge just made, on the survivor's Merges tab: what happened, and the undo at hand.
import { Alert, Stack, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CustomerMerge } from "./merge-types.ts";
import { UndoMergeButton } from "./undo-merge-button.tsx";
import { useCustomerName } from "./use-customer-name.ts";

export function MergeResultAlert({ merge, canUndo }: { merge: CustomerMerge; canUndo: boolean }) {
  const { t } = useTranslation();
  const merged = useCustomerName(merge.mergedId);
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck />}
      title={t("customers.merge.result.title")}
      data-testid="merge-result"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t("customers.merge.result.body", { merged })}</Text>
        {canUndo && merge.undoable && (
          <UndoMergeButton merge={merge} label={t("customers.merge.result.undo")} variant="white" />
        )}
      </Stack>
    </Alert>
  );
}
