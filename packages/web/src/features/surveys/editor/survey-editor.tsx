// The survey editor: header with status actions, and the Build, Distribute and Responses tabs. It owns the
// unsaved draft, so switching tabs keeps it, and publishing can save it first.
import { Badge, Stack, Tabs } from "@mantine/core";
import { IconChartDots, IconHammer, IconSend } from "@tabler/icons-react";
import type { Survey } from "@touchpoint/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { notifySuccess } from "../../../ui/notify.ts";
import { ResponsesTab } from "../../responses/responses-tab.tsx";
import { BuildTab } from "../builder/build-tab.tsx";
import { DistributeTab } from "../distribute/distribute-tab.tsx";
import { useUpdateSurvey } from "../surveys-queries.ts";
import { canonicalJson, changesOf, draftOf, type SurveyDraft } from "./survey-draft.ts";
import { SurveyEditorHeader } from "./survey-editor-header.tsx";
import { UnsavedChangesGuard } from "./unsaved-changes-guard.tsx";

export type EditorTab = "build" | "distribute" | "responses";

export function SurveyEditor({ survey, tab }: { survey: Survey; tab: EditorTab }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const update = useUpdateSurvey(survey.id);
  const [draft, setDraft] = useState<SurveyDraft>(() => draftOf(survey));
  const saved = useMemo(() => draftOf(survey), [survey]);
  const dirty = useMemo(() => canonicalJson(draft) !== canonicalJson(saved), [draft, saved]);
  const basePath = `/surveys/${survey.id}`;

  function save(): Promise<boolean> {
    return new Promise((resolve) => {
      update.mutate(changesOf(draft, saved), {
        onSuccess: (next) => {
          setDraft(draftOf(next));
          notifySuccess(
            next.version > survey.version
              ? t("surveys.editor.savedVersion", { version: next.version })
              : t("surveys.editor.saved"),
          );
          resolve(true);
        },
        // The problem stays on update.error, where the builder shows it by field.
        onError: () => resolve(false),
      });
    });
  }

  function discard() {
    setDraft(saved);
    update.reset();
  }

  return (
    <Stack gap="md">
      <UnsavedChangesGuard dirty={dirty} surveyPath={basePath} />
      <SurveyEditorHeader survey={survey} dirty={dirty} onSave={save} />
      <Tabs
        value={tab}
        onChange={(next) => void navigate(next && next !== "build" ? `${basePath}/${next}` : basePath)}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="build" leftSection={<IconHammer size={16} />} data-testid="tab-build">
            {t("surveys.tabs.build")}
          </Tabs.Tab>
          <Tabs.Tab value="distribute" leftSection={<IconSend size={16} />} data-testid="tab-distribute">
            {t("surveys.tabs.distribute")}
          </Tabs.Tab>
          <Tabs.Tab
            value="responses"
            leftSection={<IconChartDots size={16} />}
            rightSection={
              <Badge size="sm" variant="light" color="gray">
                {format.number(survey.responseCount)}
              </Badge>
            }
            data-testid="tab-responses"
          >
            {t("surveys.tabs.responses")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="build" pt="md">
          <BuildTab
            survey={survey}
            draft={draft}
            onDraftChange={setDraft}
            dirty={dirty}
            saving={update.isPending}
            saveError={update.error}
            onSave={() => void save()}
            onDiscard={discard}
          />
        </Tabs.Panel>
        <Tabs.Panel value="distribute" pt="md">
          <DistributeTab survey={survey} />
        </Tabs.Panel>
        <Tabs.Panel value="responses" pt="md">
          <ResponsesTab survey={survey} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
