// What respondents see before and after the questions: an optional welcome, and one or more endings.
import { ActionIcon, Button, Code, Group, Paper, Stack, Switch, Text, Tooltip } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import type { Localize } from "../use-localize.ts";
import { LocalizedTextInput } from "./localized-text-input.tsx";
import { uniqueKey } from "./survey-keys.ts";

interface ScreensSectionProps {
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
  localize: Localize;
}

export function ScreensSection({ definition, onChange, localize }: ScreensSectionProps) {
  const { t } = useTranslation();
  const textProps = { languages: definition.languages, defaultLanguage: definition.defaultLanguage };
  const { welcome, endings } = definition;
  const isJumpTarget = (id: string) =>
    definition.pages.some((page) => page.jumps.some((jump) => "end" in jump && jump.end === id));

  return (
    <Stack gap="md">
      <Switch
        label={t("surveys.screens.welcome")}
        description={t("surveys.screens.welcomeHint")}
        checked={welcome !== undefined}
        onChange={(event) =>
          onChange({
            ...definition,
            welcome: event.currentTarget.checked ? { title: localize("welcomeTitle") } : undefined,
          })
        }
        data-testid="survey-welcome-toggle"
      />
      {welcome && (
        <Paper withBorder p="sm" radius="md">
          <Stack gap="sm">
            <LocalizedTextInput
              {...textProps}
              label={t("surveys.screens.title")}
              value={welcome.title}
              onChange={(title) => onChange({ ...definition, welcome: { ...welcome, title: title ?? {} } })}
              errorPath="welcome.title"
              testId="survey-welcome-title"
            />
            <LocalizedTextInput
              {...textProps}
              label={t("surveys.screens.body")}
              value={welcome.body}
              onChange={(body) => onChange({ ...definition, welcome: { ...welcome, body } })}
              optional
              multiline
              errorPath="welcome.body"
            />
          </Stack>
        </Paper>
      )}
      <Text fw={600} size="sm">
        {t("surveys.screens.endings")}
      </Text>
      {endings.map((ending, index) => (
        <Paper key={ending.id} withBorder p="sm" radius="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t("surveys.screens.endingId")} <Code>{ending.id}</Code>
              </Text>
              <Tooltip
                label={
                  isJumpTarget(ending.id)
                    ? t("surveys.screens.endingInUse")
                    : t("surveys.screens.removeEnding")
                }
                withArrow
              >
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={endings.length === 1 || isJumpTarget(ending.id)}
                  onClick={() => onChange({ ...definition, endings: endings.filter((_, i) => i !== index) })}
                  aria-label={t("surveys.screens.removeEnding")}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <LocalizedTextInput
              {...textProps}
              label={t("surveys.screens.title")}
              value={ending.title}
              onChange={(title) =>
                onChange({
                  ...definition,
                  endings: endings.map((item, i) => (i === index ? { ...item, title: title ?? {} } : item)),
                })
              }
              errorPath={`endings.${index}.title`}
              testId={`survey-ending-${index}-title`}
            />
            <LocalizedTextInput
              {...textProps}
              label={t("surveys.screens.body")}
              value={ending.body}
              onChange={(body) =>
                onChange({
                  ...definition,
                  endings: endings.map((item, i) => (i === index ? { ...item, body } : item)),
                })
              }
              optional
              multiline
              errorPath={`endings.${index}.body`}
            />
          </Stack>
        </Paper>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() =>
          onChange({
            ...definition,
            endings: [
              ...endings,
              {
                id: uniqueKey(
                  "ending",
                  endings.map((item) => item.id),
                ),
                title: localize("endingTitle"),
              },
            ],
          })
        }
        data-testid="survey-ending-add"
      >
        {t("surveys.screens.addEnding")}
      </Button>
    </Stack>
  );
}
