// Removes a member from the workspace after a confirmation.
import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconTrash } from "@tabler/icons-react";
import type { Member } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useRemoveMember } from "./members-queries.ts";

export function RemoveMemberButton({ member }: { member: Member }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const remove = useRemoveMember();

  function close() {
    modal.close();
    remove.reset();
  }

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        leftSection={<IconTrash size={14} />}
        onClick={modal.open}
        data-testid="member-remove"
      >
        {t("members.remove")}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t("members.removeTitle", { name: member.name })}
        body={t("members.removeBody", { name: member.name, email: member.email })}
        confirmLabel={t("members.remove")}
        pending={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() =>
          remove.mutate(member.userId, {
            onSuccess: () => {
              close();
              notifySuccess(t("members.removed", { name: member.name }));
            },
          })
        }
      />
    </>
  );
}
