// Hidden fields: values that come with the link or the widget (branch, order id), kept with each response.
import { ActionIcon, Button, Code, Group, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import { HiddenFieldInput } from "./hidden-field-input.tsx";
import { uniqueKey } from "./survey-keys.ts";

interface HiddenFieldsSectionProps {
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
}

export function HiddenFieldsSection({ definition, onChange }: HiddenFieldsSectionProps) {
  const { t } = useTranslation();
  const fields = definition.hiddenFields;
  const error = useFieldError("hiddenFields", { exact: true });
  const update = (index: number, change: Partial<(typeof fields)[number]>) =>
    onChange({
      ...definition,
      hiddenFields: fields.map((field, i) => (i === index ? { ...field, ...change } : field)),
    });

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("surveys.hidden.hint")} <Code>?touchpoint=branch</Code>
      </Text>
      {fields.map((field, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the key is what is being edited, so it cannot be the React key
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <HiddenFieldInput
            label={t("surveys.hidden.key")}
            value={field.key}
            onChange={(key) => update(index, { key })}
            errorPath={`hiddenFields.${index}.key`}
            testId={`hidden-field-${index}-key`}
          />
          <HiddenFieldInput
            label={t("surveys.hidden.label")}
            value={field.label ?? ""}
            onChange={(label) => update(index, { label: label || undefined })}
            errorPath={`hiddenFields.${index}.label`}
            testId={`hidden-field-${index}-label`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            onClick={() => onChange({ ...definition, hiddenFields: fields.filter((_, i) => i !== index) })}
            aria-label={t("surveys.hidden.remove")}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() =>
          onChange({
            ...definition,
            hiddenFields: [
              ...fields,
              {
                key: uniqueKey(
                  "field",
                  fields.map((field) => field.key),
                ),
              },
            ],
          })
        }
        data-testid="hidden-field-add"
      >
        {t("surveys.hidden.add")}
      </Button>
    </Stack>
  );
}
