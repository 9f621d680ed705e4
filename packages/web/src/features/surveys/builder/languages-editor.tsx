// The languages a survey speaks: add one by its code, remove one (its texts go too), pick the default.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Input,
  NativeSelect,
  Stack,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconPlus, IconX } from "@tabler/icons-react";
import { languageSchema, type SurveyDefinition } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import { useLanguageName } from "../use-language-name.ts";
import { countMissingTexts, removeLanguage } from "./localized-texts.ts";

interface LanguagesEditorProps {
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
}

export function LanguagesEditor({ definition, onChange }: LanguagesEditorProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string | null>(null);
  const languagesError = useFieldError("languages");
  const defaultError = useFieldError("defaultLanguage");
  const error = languagesError ?? defaultError;

  function add(event: FormEvent) {
    event.preventDefault();
    const tag = code.trim();
    if (!languageSchema.safeParse(tag).success) return setCodeError(t("surveys.languages.invalid"));
    if (definition.languages.includes(tag)) return setCodeError(t("surveys.languages.duplicate"));
    onChange({ ...definition, languages: [...definition.languages, tag] });
    setCode("");
    setCodeError(null);
  }

  return (
    <Input.Wrapper
      label={t("surveys.languages.label")}
      description={t("surveys.languages.hint")}
      error={error}
    >
      <Stack gap="xs" mt={6}>
        <Group gap="xs">
          {definition.languages.map((language) => {
            const isDefault = language === definition.defaultLanguage;
            const missing = isDefault ? 0 : countMissingTexts(definition, language);
            return (
              <Badge
                key={language}
                size="lg"
                variant={isDefault ? "filled" : "light"}
                title={languageName(language)}
                data-testid={`survey-language-${language}`}
                rightSection={
                  isDefault ? undefined : (
                    <Tooltip label={t("surveys.languages.remove")} withArrow>
                      <ActionIcon
                        size="xs"
                        variant="transparent"
                        color="gray"
                        onClick={() => onChange(removeLanguage(definition, language))}
                        aria-label={t("surveys.languages.removeNamed", { language: languageName(language) })}
                      >
                        <IconX size={12} />
                      </ActionIcon>
                    </Tooltip>
                  )
                }
              >
                {language}
                {missing > 0 && ` · ${t("surveys.languages.missing", { count: missing })}`}
              </Badge>
            );
          })}
        </Group>
        <Group gap="xs" align="flex-start">
          <form onSubmit={add} style={{ display: "flex", gap: 8, alignItems: "flex-start" }}>
            <TextInput
              aria-label={t("surveys.languages.code")}
              placeholder={t("surveys.languages.codePlaceholder")}
              value={code}
              onChange={(event) => {
                setCode(event.currentTarget.value);
                setCodeError(null);
              }}
              error={codeError}
              w={140}
              data-testid="survey-language-code"
            />
            <Button
              type="submit"
              variant="default"
              leftSection={<IconPlus size={14} />}
              data-testid="survey-language-add"
            >
              {t("surveys.languages.add")}
            </Button>
          </form>
          <NativeSelect
            aria-label={t("surveys.languages.default")}
            leftSection={null}
            data={definition.languages.map((language) => ({
              value: language,
              label: t("surveys.languages.defaultIs", { language: languageName(language) }),
            }))}
            value={definition.defaultLanguage}
            onChange={(event) => onChange({ ...definition, defaultLanguage: event.currentTarget.value })}
            data-testid="survey-default-language"
          />
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
