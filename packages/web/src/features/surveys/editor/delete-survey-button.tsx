// Deletes a draft survey after a confirmation, then returns to the list; live surveys are closed instead.
import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconTrash } from "@tabler/icons-react";
import type { Survey } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ConfirmModal } from "../../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { useDeleteSurvey } from "../surveys-queries.ts";
import { SURVEY_DELETED } from "./unsaved-changes-guard.tsx";

export function DeleteSurveyButton({ survey, title }: { survey: Survey; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const remove = useDeleteSurvey(survey.id);

  function close() {
    modal.close();
    remove.reset();
  }

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={modal.open}
        data-testid="survey-delete"
      >
        {t("surveys.delete.label")}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t("surveys.delete.title", { title })}
        body={t("surveys.delete.body")}
        confirmLabel={t("surveys.delete.label")}
        pending={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t("surveys.delete.done", { title }));
              void navigate("/surveys", { state: SURVEY_DELETED });
            },
          })
        }
      />
    </>
  );
}
