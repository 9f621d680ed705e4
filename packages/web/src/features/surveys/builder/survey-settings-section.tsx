// The survey as a whole: its internal name, languages, title and description, brand colour, and the web
// widget's segment targeting.
import { ColorInput, Stack, TextInput } from "@mantine/core";
import type { SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import { LanguagesEditor } from "./languages-editor.tsx";
import { LocalizedTextInput } from "./localized-text-input.tsx";
import { WidgetSegmentSelect } from "./widget-segment-select.tsx";

interface SurveySettingsSectionProps {
  name: string;
  onNameChange: (name: string) => void;
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
}

export function SurveySettingsSection({
  name,
  onNameChange,
  definition,
  onChange,
}: SurveySettingsSectionProps) {
  const { t } = useTranslation();
  const nameError = useFieldError("name", { scope: "body" });
  const colorError = useFieldError("theme.brandColor");
  const textProps = { languages: definition.languages, defaultLanguage: definition.defaultLanguage };
  return (
    <Stack gap="md">
      <TextInput
        label={t("surveys.settings.name")}
        description={t("surveys.settings.nameHint")}
        value={name}
        maxLength={200}
        onChange={(event) => onNameChange(event.currentTarget.value)}
        error={nameError}
        data-testid="survey-name-input"
      />
      <LanguagesEditor definition={definition} onChange={onChange} />
      <LocalizedTextInput
        {...textProps}
        label={t("surveys.settings.title")}
        value={definition.title}
        onChange={(title) => onChange({ ...definition, title: title ?? {} })}
        errorPath="title"
        testId="survey-title-input"
      />
      <LocalizedTextInput
        {...textProps}
        label={t("surveys.settings.description")}
        value={definition.description}
        onChange={(description) => onChange({ ...definition, description })}
        optional
        multiline
        errorPath="description"
        testId="survey-description-input"
      />
      <ColorInput
        label={t("surveys.settings.brandColor")}
        description={t("surveys.settings.brandColorHint")}
        value={definition.theme.brandColor}
        onChange={(brandColor) => onChange({ ...definition, theme: { ...definition.theme, brandColor } })}
        format="hex"
        swatches={["#1c7ed6", "#0ca678", "#f76707", "#e03131", "#7048e8", "#212529"]}
        error={colorError}
        w={240}
        data-testid="survey-brand-color"
      />
      <WidgetSegmentSelect definition={definition} onChange={onChange} />
    </Stack>
  );
}
