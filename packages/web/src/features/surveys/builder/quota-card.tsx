// One quota: its name, the responses it counts (a condition on an answer or a hidden field), its limit and
// what happens once it is full; each field shows the server's message for its path.
import {
  ActionIcon,
  Badge,
  Code,
  Group,
  Input,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { allQuestions, pickText, type QuotaProgress, type SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import { ConditionEditor } from "./condition-editor.tsx";
import { type Quota, type QuotaAction, withAction } from "./quota-edits.ts";

const ACTIONS: QuotaAction[] = ["close", "screen_out"];

interface QuotaCardProps {
  definition: SurveyDefinition;
  quota: Quota;
  index: number;
  onChange: (next: Quota) => void;
  onRemove: () => void;
  /** How full the saved quota of this id is; absent for a quota not saved yet. */
  progress?: QuotaProgress | undefined;
}

export function QuotaCard({ definition, quota, index, onChange, onRemove, progress }: QuotaCardProps) {
  const { t, i18n } = useTranslation();
  const path = `quotas.${index}`;
  const errors = {
    id: useFieldError(`${path}.id`),
    name: useFieldError(`${path}.name`),
    when: useFieldError(`${path}.when`),
    limit: useFieldError(`${path}.limit`),
    action: useFieldError(`${path}.action`),
    ending: useFieldError(`${path}.ending`),
  };
  const testId = `quota-${index}`;
  const language = i18n.resolvedLanguage ?? definition.defaultLanguage;
  const endingTitle = (ending: SurveyDefinition["endings"][number]) =>
    pickText(ending.title, language, definition.defaultLanguage) || ending.id;
  const first = definition.endings[0];
  const endings = [
    { value: "", label: t("surveys.quotas.defaultEnding", { title: first ? endingTitle(first) : "" }) },
    ...definition.endings.map((ending) => ({ value: ending.id, label: endingTitle(ending) })),
  ];
  // An ending removed since it was chosen stays selected with a note, as a removed question does.
  const lostEnding = definition.endings.some((ending) => ending.id === quota.ending)
    ? undefined
    : quota.ending;
  if (lostEnding)
    endings.push({ value: lostEnding, label: t("surveys.quotas.removedEnding", { id: lostEnding }) });

  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c={errors.id ? "red" : "dimmed"}>
              {t("surveys.quotas.id")} <Code>{quota.id}</Code> {errors.id}
            </Text>
            {progress && (
              <Badge
                size="sm"
                variant="light"
                color={progress.full ? "red" : "blue"}
                data-testid={`${testId}-progress`}
              >
                {t(progress.full ? "surveys.quotas.progressFull" : "surveys.quotas.progress", {
                  count: progress.count,
                  limit: progress.limit,
                })}
              </Badge>
            )}
          </Group>
          <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t("surveys.quotas.remove")}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        <TextInput
          label={t("surveys.quotas.name")}
          value={quota.name}
          onChange={(event) => onChange({ ...quota, name: event.currentTarget.value })}
          error={errors.name}
          maxLength={120}
          data-testid={`${testId}-name`}
        />
        <Input.Wrapper label={t("surveys.quotas.when")} error={errors.when}>
          <div style={{ marginTop: 4 }}>
            <ConditionEditor
              condition={quota.when}
              candidates={allQuestions(definition)}
              hiddenFields={definition.hiddenFields.map((field) => field.key)}
              wholeSurvey
              onChange={(when) => onChange({ ...quota, when })}
              defaultLanguage={definition.defaultLanguage}
              testId={`${testId}-when`}
            />
          </div>
        </Input.Wrapper>
        <Group gap="sm" align="flex-start">
          <NumberInput
            label={t("surveys.quotas.limit")}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            value={quota.limit}
            onChange={(value) => onChange({ ...quota, limit: typeof value === "number" ? value : 0 })}
            error={errors.limit}
            w={140}
            data-testid={`${testId}-limit`}
          />
          <NativeSelect
            label={t("surveys.quotas.action")}
            data={ACTIONS.map((action) => ({ value: action, label: t(`surveys.quotas.actions.${action}`) }))}
            value={quota.action}
            onChange={(event) => {
              const action = ACTIONS.find((candidate) => candidate === event.currentTarget.value);
              if (action) onChange(withAction(quota, action));
            }}
            error={errors.action}
            style={{ flex: "1 1 260px" }}
            data-testid={`${testId}-action`}
          />
        </Group>
        <Text size="xs" c="dimmed" mt={-6}>
          {t(`surveys.quotas.actionHints.${quota.action}`)}
        </Text>
        {quota.action === "screen_out" && (
          <NativeSelect
            label={t("surveys.quotas.ending")}
            data={endings}
            value={quota.ending ?? ""}
            onChange={(event) => onChange({ ...quota, ending: event.currentTarget.value || undefined })}
            error={errors.ending ?? (lostEnding ? t("surveys.quotas.removedEndingHint") : undefined)}
            data-testid={`${testId}-ending`}
          />
        )}
      </Stack>
    </Paper>
  );
}
