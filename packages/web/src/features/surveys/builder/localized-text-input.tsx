// One text of the survey in every survey language, side by side, so translations are written together.
import { Input, SimpleGrid, Text, Textarea, TextInput } from "@mantine/core";
import type { LocalizedText } from "@touchpoint/core";
import type { ChangeEvent } from "react";
import { useFieldError } from "../editor/field-errors.tsx";

interface LocalizedTextInputProps {
  label: string;
  value: LocalizedText | undefined;
  languages: readonly string[];
  defaultLanguage: string;
  /** Called with undefined when every language is emptied and the text is optional. */
  onChange: (next: LocalizedText | undefined) => void;
  optional?: boolean;
  multiline?: boolean;
  /** Inputs get `${testId}-${language}`. */
  testId?: string;
  /** Definition path for server errors, e.g. "pages.0.questions.1.title". */
  errorPath?: string;
  description?: string;
  /** The label is only read out (aria-label), for rows of a list such as choices. */
  hideLabel?: boolean;
}

export function LocalizedTextInput(props: LocalizedTextInputProps) {
  const { value, languages, defaultLanguage } = props;
  const error = useFieldError(props.errorPath);

  function change(language: string, text: string) {
    const next: LocalizedText = { ...value, [language]: text };
    // An empty translation is dropped, so respondents get the default language rather than a blank.
    if (!text) delete next[language];
    props.onChange(props.optional && Object.keys(next).length === 0 ? undefined : next);
  }

  return (
    <Input.Wrapper
      label={props.hideLabel ? undefined : props.label}
      description={props.description}
      error={error}
    >
      <SimpleGrid
        cols={{ base: 1, sm: Math.min(languages.length, 3) }}
        spacing="xs"
        mt={props.hideLabel ? 0 : 4}
      >
        {languages.map((language) => {
          const shared = {
            value: value?.[language] ?? "",
            onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
              change(language, event.currentTarget.value),
            "aria-label": `${props.label} (${language})`,
            // The default language's text is the translator's reference.
            placeholder: language === defaultLanguage ? undefined : value?.[defaultLanguage],
            leftSection: (
              <Text size="xs" fw={language === defaultLanguage ? 700 : 500} c="dimmed">
                {language}
              </Text>
            ),
            error: Boolean(error),
            "data-testid": props.testId ? `${props.testId}-${language}` : undefined,
          };
          return props.multiline ? (
            <Textarea key={language} {...shared} autosize minRows={2} />
          ) : (
            <TextInput key={language} {...shared} />
          );
        })}
      </SimpleGrid>
    </Input.Wrapper>
  );
}
