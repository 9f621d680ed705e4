// Deletes a segment after asking; one a persona stands for is refused (409 segment_in_use), said plainly.
import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconTrash } from "@tabler/icons-react";
import type { Segment } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ConfirmModal } from "../../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { useDeleteSegment } from "./segment-queries.ts";

export function DeleteSegmentButton({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const remove = useDeleteSegment();
  const close = () => {
    modal.close();
    remove.reset();
  };
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={modal.open}
        data-testid="segment-delete"
      >
        {t("customers.segments.editor.delete")}
      </Button>
      <ConfirmModal
        errorView={CustomerProblemAlert}
        opened={opened}
        title={t("customers.segments.editor.deleteTitle", { name: segment.name })}
        body={t("customers.segments.editor.deleteBody")}
        confirmLabel={t("customers.segments.editor.delete")}
        pending={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() =>
          remove.mutate(segment.id, {
            onSuccess: () => {
              notifySuccess(t("customers.segments.editor.deleted", { name: segment.name }));
              void navigate(CUSTOMER_SECTIONS.segments);
            },
          })
        }
      />
    </>
  );
}
