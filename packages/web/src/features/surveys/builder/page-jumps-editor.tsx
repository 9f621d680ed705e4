// Jump rules of a page: after it, the first rule that holds sends the respondent to a later page or an ending.
import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { IconArrowForward, IconPlus, IconX } from "@tabler/icons-react";
import { type JumpRule, pickText, type SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import { ConditionEditor } from "./condition-editor.tsx";
import { defaultCondition } from "./condition-rules.ts";
import { questionsBefore } from "./definition-edits.ts";

interface PageJumpsEditorProps {
  definition: SurveyDefinition;
  pageIndex: number;
  jumps: JumpRule[];
  onChange: (next: JumpRule[]) => void;
}

const targetOf = (jump: JumpRule) => ("jumpTo" in jump ? `page:${jump.jumpTo}` : `end:${jump.end}`);

function withTarget(jump: JumpRule, target: string): JumpRule {
  const [kind, id = ""] = target.split(":");
  return kind === "page" ? { when: jump.when, jumpTo: id } : { when: jump.when, end: id };
}

export function PageJumpsEditor({ definition, pageIndex, jumps, onChange }: PageJumpsEditorProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? definition.defaultLanguage;
  const candidates = questionsBefore(definition, pageIndex, Number.POSITIVE_INFINITY);
  const path = `pages.${pageIndex}.jumps`;
  const error = useFieldError(path);
  const targets = [
    ...definition.pages
      .map((page, index) => ({
        value: `page:${page.id}`,
        label: t("surveys.logic.goToPage", { n: index + 1 }),
        index,
      }))
      .filter((option) => option.index > pageIndex)
      .map(({ value, label }) => ({ value, label })),
    ...definition.endings.map((ending) => ({
      value: `end:${ending.id}`,
      label: t("surveys.logic.endWith", {
        title: pickText(ending.title, language, definition.defaultLanguage) || ending.id,
      }),
    })),
  ];
  const firstQuestion = candidates.at(-1);
  const firstTarget = targets[0]?.value;

  return (
    <Stack gap="xs">
      {jumps.map((jump, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; their order is their identity
        <Paper key={index} withBorder p="xs" radius="sm" bg="var(--mantine-color-gray-0)">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Text size="sm" fw={600} pt={6} w={40}>
              {t("surveys.logic.if")}
            </Text>
            <Stack gap="xs" style={{ flex: 1 }}>
              <ConditionEditor
                condition={jump.when}
                candidates={candidates}
                onChange={(when) =>
                  onChange(jumps.map((item, i) => (i === index ? { ...item, when } : item)))
                }
                defaultLanguage={definition.defaultLanguage}
                testId={`page-${pageIndex}-jump-${index}`}
              />
              <Group gap="xs">
                <IconArrowForward size={16} />
                <NativeSelect
                  aria-label={t("surveys.logic.target")}
                  data={targets}
                  value={targetOf(jump)}
                  onChange={(event) =>
                    onChange(
                      jumps.map((item, i) =>
                        i === index ? withTarget(item, event.currentTarget.value) : item,
                      ),
                    )
                  }
                  data-testid={`page-${pageIndex}-jump-${index}-target`}
                />
              </Group>
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => onChange(jumps.filter((_, i) => i !== index))}
              aria-label={t("surveys.logic.removeJump")}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      {firstQuestion && firstTarget && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            onChange([...jumps, withTarget({ when: defaultCondition(firstQuestion), end: "" }, firstTarget)])
          }
          data-testid={`page-${pageIndex}-jump-add`}
        >
          {t("surveys.logic.addJump")}
        </Button>
      )}
    </Stack>
  );
}
