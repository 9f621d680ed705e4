// One persona text in Vietnamese and English side by side, each input named by its language's own name.
import { SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { LANGUAGES } from "../../../i18n/languages.ts";
import { PERSONA_LANGUAGES, type TextDraft } from "./persona-draft.ts";

interface LocalizedTextFieldsProps {
  label: string;
  value: TextDraft;
  onChange: (value: TextDraft) => void;
  placeholder?: Partial<Record<(typeof PERSONA_LANGUAGES)[number], string>>;
  multiline?: boolean;
  error?: string | undefined;
  testId: string;
}

const endonymOf = (code: string) => LANGUAGES.find((language) => language.code === code)?.endonym ?? code;

export function LocalizedTextFields({
  label,
  value,
  onChange,
  placeholder,
  multiline,
  error,
  testId,
}: LocalizedTextFieldsProps) {
  const Input = multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      {PERSONA_LANGUAGES.map((language, index) => (
        <Input
          key={language}
          label={`${label} · ${endonymOf(language)}`}
          lang={language}
          placeholder={placeholder?.[language]}
          value={value[language]}
          onChange={(event) => onChange({ ...value, [language]: event.currentTarget.value })}
          error={index === 0 ? error : undefined}
          {...(multiline ? { autosize: true, minRows: 2 } : {})}
          data-testid={`${testId}-${language}`}
        />
      ))}
    </SimpleGrid>
  );
}
