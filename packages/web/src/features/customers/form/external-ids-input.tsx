// External ids edited as rows of system and id, each row with its own error.
import { ActionIcon, Button, Group, Input, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ExternalIdDraft } from "./customer-draft.ts";
import { type FieldProblems, problemUnder } from "./customer-field-errors.ts";
import { problemMessage } from "./field-problem-message.tsx";

interface ExternalIdsInputProps {
  values: ExternalIdDraft[];
  onChange: (values: ExternalIdDraft[]) => void;
  problems: FieldProblems;
}

export function ExternalIdsInput({ values, onChange, problems }: ExternalIdsInputProps) {
  const { t } = useTranslation();
  const label = t("customers.form.externalIds");
  const change = (row: number, part: Partial<ExternalIdDraft>) =>
    onChange(values.map((id, index) => (index === row ? { ...id, ...part } : id)));
  return (
    <Input.Wrapper label={label} description={t("customers.form.externalIdsHint")} labelElement="div">
      <Stack gap={6} mt={4}>
        {values.map((id, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are named by index, as the server's errors are
          <Group key={row} gap={6} wrap="nowrap" align="flex-start">
            <TextInput
              w={140}
              aria-label={`${t("customers.form.system")} ${row + 1}`}
              placeholder={t("customers.form.systemPlaceholder")}
              value={id.system}
              onChange={(event) => change(row, { system: event.currentTarget.value })}
              error={problemMessage(problemUnder(problems, `externalIds.${row}.system`))}
              data-testid={`customer-external-system-${row}`}
            />
            <TextInput
              flex={1}
              aria-label={`${t("customers.form.externalIdValue")} ${row + 1}`}
              placeholder={t("customers.form.externalIdValue")}
              value={id.value}
              onChange={(event) => change(row, { value: event.currentTarget.value })}
              error={problemMessage(
                problemUnder(problems, `externalIds.${row}.value`) ?? problems.get(`externalIds.${row}`),
              )}
              data-testid={`customer-external-value-${row}`}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="input-sm"
              aria-label={`${t("customers.form.remove")} ${label} ${row + 1}`}
              onClick={() => onChange(values.filter((_, index) => index !== row))}
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
          onClick={() => onChange([...values, { system: "", value: "" }])}
          data-testid="customer-external-add"
        >
          {t("customers.form.addExternalId")}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
