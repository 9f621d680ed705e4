// Publish, pause, resume or close a survey, as SURVEY_TRANSITIONS allows, each after a confirmation.
import { Button, Group } from "@mantine/core";
import { IconPlayerPause, IconPlayerPlay, IconRocket, IconSquareX } from "@tabler/icons-react";
import { SURVEY_TRANSITIONS, type Survey, type SurveyStatus } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { useChangeSurveyStatus } from "../surveys-queries.ts";

type Action = "publish" | "resume" | "pause" | "close";

const actionOf = (from: SurveyStatus, to: SurveyStatus): Action =>
  to === "live" ? (from === "draft" ? "publish" : "resume") : to === "paused" ? "pause" : "close";

const ICONS = { publish: IconRocket, resume: IconPlayerPlay, pause: IconPlayerPause, close: IconSquareX };

interface SurveyStatusActionsProps {
  survey: Survey;
  dirty: boolean;
  /** Saves the builder's changes; resolves false when the save failed (its problem is shown by the builder). */
  onSave: () => Promise<boolean>;
}

export function SurveyStatusActions({ survey, dirty, onSave }: SurveyStatusActionsProps) {
  const { t } = useTranslation();
  const changeStatus = useChangeSurveyStatus(survey.id);
  const [target, setTarget] = useState<SurveyStatus | null>(null);
  const [saving, setSaving] = useState(false);
  const action = target ? actionOf(survey.status, target) : null;

  function close() {
    setTarget(null);
    changeStatus.reset();
  }

  async function confirm() {
    if (!target || !action) return;
    // Publishing or resuming should put live what the author sees, so unsaved changes are saved first.
    if (dirty && target === "live") {
      setSaving(true);
      const saved = await onSave();
      setSaving(false);
      if (!saved) return close();
    }
    changeStatus.mutate(target, {
      onSuccess: () => {
        close();
        notifySuccess(t(`surveys.actions.${action}.done`));
      },
    });
  }

  return (
    <Group gap="xs">
      {SURVEY_TRANSITIONS[survey.status].map((next) => {
        const nextAction = actionOf(survey.status, next);
        const Icon = ICONS[nextAction];
        return (
          <Button
            key={next}
            variant={nextAction === "close" ? "default" : "filled"}
            color={nextAction === "pause" ? "yellow" : undefined}
            leftSection={<Icon size={16} />}
            onClick={() => setTarget(next)}
            data-testid={`survey-${nextAction}`}
          >
            {t(`surveys.actions.${nextAction}.label`)}
          </Button>
        );
      })}
      {action && (
        <ConfirmModal
          opened
          title={t(`surveys.actions.${action}.title`)}
          body={[
            t(`surveys.actions.${action}.body`),
            dirty && target === "live" ? t("surveys.actions.savesFirst") : "",
          ]
            .filter(Boolean)
            .join(" ")}
          confirmLabel={t(`surveys.actions.${action}.label`)}
          color={action === "close" ? "red" : action === "pause" ? "yellow" : "blue"}
          pending={saving || changeStatus.isPending}
          error={changeStatus.error}
          onConfirm={() => void confirm()}
          onClose={close}
        />
      )}
    </Group>
  );
}
