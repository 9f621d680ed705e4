// Edits a list of choices (or matrix rows and columns): labels in every language, order, add and remove.
import { ActionIcon, Button, Group, Input, Stack, Text } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from "@tabler/icons-react";
import type { Choice } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import type { Localize } from "../use-localize.ts";
import { LocalizedTextInput } from "./localized-text-input.tsx";
import { newChoice } from "./question-factory.ts";

interface ChoicesEditorProps {
  label: string;
  choices: Choice[];
  onChange: (next: Choice[]) => void;
  languages: readonly string[];
  defaultLanguage: string;
  localize: Localize;
  kind?: "option" | "row" | "column";
  /** Definition path of the list, e.g. "pages.0.questions.2.choices". */
  errorPath: string;
  testId: string;
  addTestId?: string;
}

export function ChoicesEditor(props: ChoicesEditorProps) {
  const { t } = useTranslation();
  const { choices, onChange } = props;
  const listError = useFieldError(props.errorPath, { exact: true });

  function move(index: number, delta: -1 | 1) {
    const next = [...choices];
    const [choice] = next.splice(index, 1);
    if (choice) next.splice(index + delta, 0, choice);
    onChange(next);
  }

  return (
    <Input.Wrapper label={props.label} error={listError}>
      <Stack gap="xs" mt={4}>
        {choices.map((choice, index) => (
          <Group key={choice.id} gap="xs" align="center" wrap="nowrap">
            <Text size="xs" c="dimmed" w={28} title={t("surveys.builder.choiceId")}>
              {choice.id}
            </Text>
            <div style={{ flex: 1 }}>
              <LocalizedTextInput
                label={t(`surveys.builder.itemLabel.${props.kind ?? "option"}`, { n: index + 1 })}
                hideLabel
                value={choice.label}
                languages={props.languages}
                defaultLanguage={props.defaultLanguage}
                onChange={(label) =>
                  onChange(choices.map((item, i) => (i === index ? { ...item, label: label ?? {} } : item)))
                }
                testId={`${props.testId}-${index}`}
                errorPath={`${props.errorPath}.${index}`}
              />
            </div>
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={t("surveys.builder.moveUp")}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === choices.length - 1}
                onClick={() => move(index, 1)}
                aria-label={t("surveys.builder.moveDown")}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                disabled={choices.length === 1}
                onClick={() => onChange(choices.filter((_, i) => i !== index))}
                aria-label={t("surveys.builder.removeChoice")}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...choices, newChoice(choices, props.localize, props.kind ?? "option")])}
          data-testid={props.addTestId ?? "choice-add"}
        >
          {t(`surveys.builder.add.${props.kind ?? "option"}`)}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
