// The Build tab: the builder beside a live preview of the unsaved definition; read-only roles and closed
// surveys get the preview alone.
import { Alert, Grid, Stack } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { can, type Survey } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { FieldErrorsProvider } from "../editor/field-errors.tsx";
import type { SurveyDraft } from "../editor/survey-draft.ts";
import { type PreviewDevice, SurveyPreview } from "../preview/survey-preview.tsx";
import { BuildToolbar } from "./build-toolbar.tsx";
import { SaveProblemAlert } from "./save-problem-alert.tsx";
import { SurveyBuilder } from "./survey-builder.tsx";

interface BuildTabProps {
  survey: Survey;
  draft: SurveyDraft;
  onDraftChange: (draft: SurveyDraft) => void;
  dirty: boolean;
  saving: boolean;
  saveError: unknown;
  onSave: () => void;
  onDiscard: () => void;
}

export function BuildTab({
  survey,
  draft,
  onDraftChange,
  dirty,
  saving,
  saveError,
  onSave,
  onDiscard,
}: BuildTabProps) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [device, setDevice] = useState<PreviewDevice>("phone");
  const editable = can(me.role, "surveys.manage") && survey.status !== "closed";
  const preview = <SurveyPreview definition={draft.definition} device={device} onDeviceChange={setDevice} />;

  if (!editable) {
    return (
      <Stack gap="md" maw={1100}>
        <Alert color="gray" variant="light" icon={<IconLock />} data-testid="survey-read-only">
          {survey.status === "closed" ? t("surveys.editor.closedNotice") : t("surveys.editor.readOnlyNotice")}
        </Alert>
        {preview}
      </Stack>
    );
  }

  const wide = device === "desktop";
  return (
    <Stack gap="md">
      <BuildToolbar survey={survey} dirty={dirty} saving={saving} onSave={onSave} onDiscard={onDiscard} />
      {saveError ? <SaveProblemAlert error={saveError} definition={draft.definition} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: wide ? 6 : 7 }}>
          <FieldErrorsProvider error={saveError}>
            <SurveyBuilder
              surveyId={survey.id}
              name={draft.name}
              onNameChange={(name) => onDraftChange({ ...draft, name })}
              definition={draft.definition}
              onChange={(definition) => onDraftChange({ ...draft, definition })}
            />
          </FieldErrorsProvider>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: wide ? 6 : 5 }}>
          <div style={{ position: "sticky", top: 136 }}>{preview}</div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
