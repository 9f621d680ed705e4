// A persona's list of points (goals, needs or pains): one line per point with its Vietnamese and English
// texts side by side, lines added and removed freely; blank lines are dropped when saving.
import { ActionIcon, Button, Group, Input, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../../../i18n/languages.ts";
import { emptyText, PERSONA_LANGUAGES, type TextDraft } from "./persona-draft.ts";

interface LocalizedPointsInputProps {
  label: string;
  value: TextDraft[];
  onChange: (value: TextDraft[]) => void;
  testId: string;
}

const endonymOf = (code: string) => LANGUAGES.find((language) => language.code === code)?.endonym ?? code;

export function LocalizedPointsInput({ label, value, onChange, testId }: LocalizedPointsInputProps) {
  const { t } = useTranslation();
  const set = (index: number, point: TextDraft) =>
    onChange(value.map((old, at) => (at === index ? point : old)));
  return (
    <Input.Wrapper label={label} labelElement="div">
      <Stack gap={6} mt={4}>
        {value.map((point, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; they are edited and removed in place
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start" data-testid={`${testId}-${index}`}>
            {PERSONA_LANGUAGES.map((language) => (
              <TextInput
                key={language}
                flex={1}
                lang={language}
                aria-label={`${label} ${index + 1} · ${endonymOf(language)}`}
                placeholder={endonymOf(language)}
                value={point[language]}
                onChange={(event) => set(index, { ...point, [language]: event.currentTarget.value })}
                data-testid={`${testId}-${index}-${language}`}
              />
            ))}
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={4}
              aria-label={t("customers.personas.editor.removePoint")}
              onClick={() =>
                onChange(value.length > 1 ? value.filter((_, at) => at !== index) : [emptyText()])
              }
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...value, emptyText()])}
          disabled={value.length >= 20}
          data-testid={`${testId}-add`}
        >
          {t("customers.personas.editor.addPoint")}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
