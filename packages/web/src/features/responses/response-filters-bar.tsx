// The filters above a survey's responses: period, channel, language, status and one hidden field.
import { Button, Group, Select, TextInput } from "@mantine/core";
import { IconFilterOff } from "@tabler/icons-react";
import { CHANNELS, RESPONSE_STATUSES, type SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useLanguageName } from "../surveys/use-language-name.ts";
import { hasFilters, NO_FILTERS, type ResponseFilters } from "./response-filters.ts";

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
      {hasFilters(value) && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange(NO_FILTERS)}
        >
          {t("responses.filters.clear")}
        </Button>
      )}
    </Group>
  );
}
