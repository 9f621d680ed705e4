// The email's subject and message, one column per survey language, side by side.
import { SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguageName } from "../surveys/use-language-name.ts";

export type LocalizedText = Record<string, string>;

interface LocalizedEmailFieldsProps {
  languages: string[];
  subject: LocalizedText;
  message: LocalizedText;
  onSubjectChange: (next: LocalizedText) => void;
  onMessageChange: (next: LocalizedText) => void;
}

export function LocalizedEmailFields(props: LocalizedEmailFieldsProps) {
  const { languages, subject, message, onSubjectChange, onMessageChange } = props;
  const { t } = useTranslation();
  const languageName = useLanguageName();
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(languages.length, 2) }}>
      {languages.map((language) => (
        <Stack key={language} gap="xs">
          <TextInput
            label={t("invitations.subject", { language: languageName(language) })}
            placeholder={t("invitations.subjectPlaceholder")}
            maxLength={300}
            value={subject[language] ?? ""}
            onChange={(event) => onSubjectChange({ ...subject, [language]: event.currentTarget.value })}
          />
          <Textarea
            label={t("invitations.message", { language: languageName(language) })}
            placeholder={t("invitations.messagePlaceholder", { token: "{{customer.name}}" })}
            autosize
            minRows={3}
            maxRows={10}
            value={message[language] ?? ""}
            onChange={(event) => onMessageChange({ ...message, [language]: event.currentTarget.value })}
          />
        </Stack>
      ))}
    </SimpleGrid>
  );
}
