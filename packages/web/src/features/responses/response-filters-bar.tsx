// The filters above a survey's responses (period, channel, language, status, one hidden field, one answer)
// and their order.
import { Button, Group, Select, TextInput } from "@mantine/core";
import { IconFilterOff } from "@tabler/icons-react";
import { CHANNELS, RESPONSE_STATUSES, type SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useLanguageName } from "../surveys/use-language-name.ts";
import { AnswerFilterInput } from "./answer-filter-input.tsx";
import { hasFilters, NO_FILTERS, RESPONSE_SORTS, type ResponseFilters } from "./response-filters.ts";

const SORT_LABELS = {
  "-created_at": "newestReceived",
  "-submitted_at": "newestCompleted",
  submitted_at: "oldestCompleted",
} as const;

interface ResponseFiltersBarProps {
  value: ResponseFilters;
  onChange: (next: ResponseFilters) => void;
  definition: SurveyDefinition;
}

export function ResponseFiltersBar({ value, onChange, definition }: ResponseFiltersBarProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const set = (change: Partial<ResponseFilters>) => onChange({ ...value, ...change });
  const hiddenKeys = definition.hiddenFields.map((field) => ({
    value: field.key,
    label: field.label ?? field.key,
  }));

  return (
    <Group gap="sm" align="flex-end">
      <Select
        label={t("responses.sort.label")}
        data={RESPONSE_SORTS.map((sort) => ({
          value: sort,
          label: t(`responses.sort.${SORT_LABELS[sort]}`),
        }))}
        value={value.sort}
        onChange={(next) => set({ sort: RESPONSE_SORTS.find((sort) => sort === next) ?? NO_FILTERS.sort })}
        allowDeselect={false}
        w={220}
        data-testid="responses-sort"
      />
      <TextInput
        type="date"
        label={t("responses.filters.from")}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => set({ from: event.currentTarget.value })}
        w={160}
        data-testid="responses-filter-from"
      />
      <TextInput
        type="date"
        label={t("responses.filters.to")}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => set({ to: event.currentTarget.value })}
        w={160}
        data-testid="responses-filter-to"
      />
      <Select
        label={t("responses.filters.channel")}
        placeholder={t("responses.filters.any")}
        data={CHANNELS.map((channel) => ({ value: channel, label: t(`responses.channels.${channel}`) }))}
        value={value.channel}
        onChange={(next) => set({ channel: CHANNELS.find((channel) => channel === next) ?? null })}
        clearable
        w={160}
        data-testid="responses-filter-channel"
      />
      <Select
        label={t("responses.filters.language")}
        placeholder={t("responses.filters.any")}
        data={definition.languages.map((language) => ({ value: language, label: languageName(language) }))}
        value={value.language}
        onChange={(language) => set({ language })}
        clearable
        w={170}
        data-testid="responses-filter-language"
      />
      <Select
        label={t("responses.filters.status")}
        placeholder={t("responses.filters.any")}
        data={RESPONSE_STATUSES.map((status) => ({
          value: status,
          label: t(`responses.statuses.${status}`),
        }))}
        value={value.status}
        onChange={(next) => set({ status: RESPONSE_STATUSES.find((status) => status === next) ?? null })}
        clearable
        w={160}
        data-testid="responses-filter-status"
      />
      {hiddenKeys.length > 0 && (
        <Group gap={4} align="flex-end" wrap="nowrap">
          <Select
            label={t("responses.filters.hidden")}
            placeholder={t("responses.filters.hiddenKey")}
            data={hiddenKeys}
            value={value.hiddenKey}
            onChange={(hiddenKey) => set({ hiddenKey })}
            clearable
            w={150}
            data-testid="responses-filter-hidden-key"
          />
          <TextInput
            aria-label={t("responses.filters.hiddenValue")}
            placeholder={t("responses.filters.hiddenValue")}
            value={value.hiddenValue}
            onChange={(event) => set({ hiddenValue: event.currentTarget.value })}
            disabled={!value.hiddenKey}
            w={150}
            data-testid="responses-filter-hidden-value"
          />
        </Group>
      )}
      <AnswerFilterInput
        definition={definition}
        question={value.answerQuestion}
        value={value.answerValue}
        onChange={set}
      />
      {hasFilters(value) && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange({ ...NO_FILTERS, sort: value.sort })}
        >
          {t("responses.filters.clear")}
        </Button>
      )}
    </Group>
  );
}
