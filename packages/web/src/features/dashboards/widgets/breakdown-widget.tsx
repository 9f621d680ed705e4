// A breakdown widget: the stored query's groups as bars sorted by value, suppressed groups marked.
import { Text } from "@mantine/core";
import { type AnalyticsQueryInput, withGlobalFilters } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useAnalyticsQuery } from "../../analytics/analytics-queries.ts";
import { BreakdownList } from "../../analytics/breakdown-card.tsx";
import type { WidgetScope } from "../widget-scope.ts";
import { WidgetState } from "../widget-state.tsx";

export function BreakdownWidget({ query, scope }: { query: AnalyticsQueryInput; scope: WidgetScope }) {
  const { t } = useTranslation();
  const result = useAnalyticsQuery(withGlobalFilters(query, scope.filters, scope.today));
  const kind = query.groupBy?.kind;
  const labelOf = (group: string) =>
    kind === "channel"
      ? t(`responses.channels.${group}`, { defaultValue: group })
      : kind === "language"
        ? t(`dashboards.languages.${group}`, { defaultValue: group })
        : group;
  return (
    <WidgetState query={result}>
      {(data) => (
        <>
          <Text size="xs" c="dimmed">
            {t("dashboard.breakdown.caption", { threshold: data.anonymityThreshold })}
          </Text>
          <BreakdownList result={data} labelOf={labelOf} />
        </>
      )}
    </WidgetState>
  );
}
