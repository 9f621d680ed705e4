// Revokes an API key after a confirmation; a revoked key stops working at once and for good.
import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconTrash } from "@tabler/icons-react";
import type { ApiKey } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useRevokeApiKey } from "./api-keys-queries.ts";

export function RevokeApiKeyButton({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const revoke = useRevokeApiKey();

  function close() {
    modal.close();
    revoke.reset();
  }

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        leftSection={<IconTrash size={14} />}
        onClick={modal.open}
        data-testid="api-key-revoke"
      >
        {t("apiKeys.revoke")}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t("apiKeys.revokeTitle", { name: apiKey.name })}
        body={t("apiKeys.revokeBody")}
        confirmLabel={t("apiKeys.revoke")}
        pending={revoke.isPending}
        error={revoke.error}
        onClose={close}
        onConfirm={() =>
          revoke.mutate(apiKey.id, {
            onSuccess: () => {
              close();
              notifySuccess(t("apiKeys.revokedNotice", { name: apiKey.name }));
            },
          })
        }
      />
    </>
  );
}
