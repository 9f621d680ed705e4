// Deletes a segment after asking; one a persona stands for is refused (409 segment_in_use), said plainly.
import { IconTrash } from "@tabler/icons-react";
import type { Segment } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ConfirmButton } from "../../../ui/confirm-button.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { useDeleteSegment } from "./segment-queries.ts";

export function DeleteSegmentButton({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteSegment();
  const { name } = segment;
  return (
    <ConfirmButton
      label={t("customers.segments.editor.delete")}
      testId="segment-delete"
      icon={<IconTrash size={16} />}
      title={t("customers.segments.editor.deleteTitle", { name })}
      body={t("customers.segments.editor.deleteBody")}
      action={remove}
      errorView={CustomerProblemAlert}
      onConfirm={() =>
        remove.mutate(segment.id, {
          onSuccess: () => {
            notifySuccess(t("customers.segments.editor.deleted", { name }));
            void navigate(CUSTOMER_SECTIONS.segments);
          },
        })
      }
    />
  );
}
