// A saved dashboard's global filters: the period, channels, languages and segment every widget is read
// under; an editor can keep the current choice as the dashboard's own.
import { Button, Group, MultiSelect, Select, Text } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { CHANNELS, can, DATE_PRESETS, type DashboardFilters } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { useSegments } from "../customers/segments/segment-queries.ts";
import type { WidgetScope } from "./widget-scope.ts";

const LANGUAGES = ["vi", "en"] as const;
const CUSTOM = "custom";

interface GlobalFiltersBarProps {
  scope: WidgetScope;
  onChange: (filters: DashboardFilters) => void;
  /** Shown to editors when the filters differ from the saved ones. */
  onSave?: (() => void) | undefined;
  saving?: boolean;
}

export function GlobalFiltersBar({ scope, onChange, onSave, saving = false }: GlobalFiltersBarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const me = useCurrentMe();
  const { filters } = scope;
  const readsSegments = can(me.role, "customers.read");
  const preset = "preset" in filters.date ? filters.date.preset : CUSTOM;
  const withFilter = <K extends keyof DashboardFilters>(key: K, value: DashboardFilters[K] | undefined) => {
    const next = { ...filters };
    if (value === undefined) delete next[key];
    else next[key] = value;
    return next;
  };
  return (
    <Group align="flex-end" gap="md" wrap="wrap" data-testid="global-filters">
      <Select
        label={t("dashboards.filters.date")}
        data={[
          ...DATE_PRESETS.map((value) => ({ value, label: t(`dashboards.presets.${value}`) })),
          ...(preset === CUSTOM ? [{ value: CUSTOM, label: t("dashboards.presets.custom") }] : []),
        ]}
        value={preset}
        allowDeselect={false}
        onChange={(value) => {
          const chosen = DATE_PRESETS.find((known) => known === value);
          if (chosen) onChange({ ...filters, date: { preset: chosen } });
        }}
        w={{ base: "100%", sm: 200 }}
        data-testid="filter-date"
      />
      <MultiSelect
        label={t("dashboards.filters.channels")}
        placeholder={filters.channels?.length ? undefined : t("dashboard.filters.allChannels")}
        data={CHANNELS.map((value) => ({ value, label: t(`responses.channels.${value}`) }))}
        value={filters.channels ?? []}
        onChange={(values) => {
          const channels = CHANNELS.filter((channel) => values.includes(channel));
          onChange(withFilter("channels", channels.length > 0 ? channels : undefined));
        }}
        clearable
        w={{ base: "100%", sm: 240 }}
        data-testid="filter-channels"
      />
      <MultiSelect
        label={t("dashboards.filters.languages")}
        placeholder={filters.languages?.length ? undefined : t("dashboards.filters.allLanguages")}
        data={LANGUAGES.map((value) => ({ value, label: t(`dashboards.languages.${value}`) }))}
        value={filters.languages ?? []}
        onChange={(values) => onChange(withFilter("languages", values.length > 0 ? values : undefined))}
        clearable
        w={{ base: "100%", sm: 200 }}
        data-testid="filter-languages"
      />
      {readsSegments && (
        <SegmentFilter
          value={filters.segmentId ?? null}
          onChange={(value) => onChange(withFilter("segmentId", value ?? undefined))}
        />
      )}
      <Text size="sm" c="dimmed" pb={8} data-testid="filter-dates">
        {t("dashboard.filters.dates", {
          from: format.date(`${scope.range.from}T00:00:00`),
          to: format.date(`${scope.range.to}T00:00:00`),
        })}
      </Text>
      {onSave && (
        <Button
          variant="light"
          leftSection={<IconDeviceFloppy size={16} />}
          loading={saving}
          onClick={onSave}
          data-testid="filters-save"
        >
          {t("dashboards.filters.save")}
        </Button>
      )}
    </Group>
  );
}

/** Only for roles that read customers: segments are customer data. */
function SegmentFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const segments = useSegments();
  return (
    <Select
      label={t("dashboards.filters.segment")}
      placeholder={t("dashboards.filters.allCustomers")}
      data={(segments.data ?? []).map((segment) => ({ value: segment.id, label: segment.name }))}
      value={value}
      onChange={onChange}
      clearable
      w={{ base: "100%", sm: 200 }}
      data-testid="filter-segment"
    />
  );
}
