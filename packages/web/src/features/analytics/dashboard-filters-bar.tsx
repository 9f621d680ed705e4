// The CX dashboard's global filters: the survey, the period (last 30, 90 or 365 days) and the channel.
import { Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { CHANNELS, type Survey } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { type DashboardFilters, type DateRange, RANGE_PRESETS } from "./dashboard-filters.ts";

interface DashboardFiltersBarProps {
  surveys: readonly Survey[];
  surveyId: string;
  filters: DashboardFilters;
  range: DateRange;
  onChange: (filters: DashboardFilters) => void;
}

export function DashboardFiltersBar({
  surveys,
  surveyId,
  filters,
  range,
  onChange,
}: DashboardFiltersBarProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? "en";
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t("dashboard.filters.survey")}
        data={surveys.map((survey) => ({
          value: survey.id,
          label: survey.definition.title[language] ?? survey.name,
        }))}
        value={surveyId}
        onChange={(value) => value && onChange({ ...filters, surveyId: value })}
        allowDeselect={false}
        w={{ base: "100%", sm: 320 }}
        data-testid="dashboard-survey"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="dashboard-range-label">
          {t("dashboard.filters.range")}
        </Text>
        <SegmentedControl
          aria-labelledby="dashboard-range-label"
          data={RANGE_PRESETS.map((days) => ({
            value: String(days),
            label: t("dashboard.filters.days", { count: days }),
          }))}
          value={String(filters.days)}
          onChange={(value) => {
            const days = RANGE_PRESETS.find((preset) => String(preset) === value);
            if (days) onChange({ ...filters, days });
          }}
          data-testid="dashboard-range"
        />
      </Stack>
      <Select
        label={t("dashboard.filters.channel")}
        placeholder={t("dashboard.filters.allChannels")}
        data={CHANNELS.map((channel) => ({ value: channel, label: t(`responses.channels.${channel}`) }))}
        value={filters.channel}
        onChange={(value) =>
          onChange({ ...filters, channel: CHANNELS.find((channel) => channel === value) ?? null })
        }
        clearable
        w={{ base: "100%", sm: 200 }}
        data-testid="dashboard-channel"
      />
      <Text size="sm" c="dimmed" pb={8} data-testid="dashboard-dates">
        {t("dashboard.filters.dates", {
          from: format.date(`${range.from}T00:00:00`),
          to: format.date(`${range.to}T00:00:00`),
        })}
      </Text>
    </Group>
  );
}
