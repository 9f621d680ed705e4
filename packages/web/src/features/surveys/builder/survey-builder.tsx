// The builder: the survey's settings, its questions page by page, its screens, hidden fields and quotas.
import { Stack } from "@mantine/core";
import type { SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useLocalize } from "../use-localize.ts";
import { BuilderSection } from "./builder-section.tsx";
import { HiddenFieldsSection } from "./hidden-fields-section.tsx";
import { PagesSection } from "./pages-section.tsx";
import { QuotasSection } from "./quotas-section.tsx";
import { ScreensSection } from "./screens-section.tsx";
import { SurveySettingsSection } from "./survey-settings-section.tsx";

interface SurveyBuilderProps {
  surveyId: string;
  name: string;
  onNameChange: (name: string) => void;
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
}

export function SurveyBuilder({ surveyId, name, onNameChange, definition, onChange }: SurveyBuilderProps) {
  const { t } = useTranslation();
  const localize = useLocalize(definition.languages);
  return (
    <Stack gap="lg">
      <BuilderSection title={t("surveys.builder.surveySection")}>
        <SurveySettingsSection
          name={name}
          onNameChange={onNameChange}
          definition={definition}
          onChange={onChange}
        />
      </BuilderSection>
      <BuilderSection title={t("surveys.builder.questionsSection")} hint={t("surveys.builder.questionsHint")}>
        <PagesSection definition={definition} onChange={onChange} localize={localize} />
      </BuilderSection>
      <BuilderSection title={t("surveys.screens.section")}>
        <ScreensSection definition={definition} onChange={onChange} localize={localize} />
      </BuilderSection>
      <BuilderSection title={t("surveys.hidden.section")}>
        <HiddenFieldsSection definition={definition} onChange={onChange} />
      </BuilderSection>
      <BuilderSection
        title={t("surveys.quotas.section")}
        hint={t("surveys.quotas.hint")}
        testId="quotas-section"
      >
        <QuotasSection surveyId={surveyId} definition={definition} onChange={onChange} />
      </BuilderSection>
    </Stack>
  );
}
