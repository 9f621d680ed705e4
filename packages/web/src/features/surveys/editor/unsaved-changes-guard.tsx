// Asks before leaving the survey with unsaved builder changes (another page, or closing the tab).
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";

/** Navigation state of the move back to the list after deleting a survey. */
export const SURVEY_DELETED = "survey-deleted";

export function UnsavedChangesGuard({ dirty, surveyPath }: { dirty: boolean; surveyPath: string }) {
  const { t } = useTranslation();
  // Moving between the survey's own tabs keeps the draft, so only leaving the survey is blocked.
  const blocker = useBlocker(({ nextLocation }) => dirty && !nextLocation.pathname.startsWith(surveyPath));

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return (
    <Modal
      opened={blocker.state === "blocked"}
      onClose={() => blocker.reset?.()}
      title={t("surveys.editor.leaveTitle")}
      centered
    >
      <Stack>
        <Text size="sm">{t("surveys.editor.leaveBody")}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t("surveys.editor.stay")}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()} data-testid="survey-leave">
            {t("surveys.editor.leave")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
