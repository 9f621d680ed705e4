// A trend widget: the stored query, grouped by a time unit, as a line with its interval band.
import { Text } from "@mantine/core";
import { type AnalyticsQueryInput, withGlobalFilters } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { useAnalyticsQuery } from "../../analytics/analytics-queries.ts";
import { TrendChart } from "../../analytics/nps-trend-card.tsx";
import type { WidgetScope } from "../widget-scope.ts";
import { WidgetState } from "../widget-state.tsx";

export function TrendWidget({ query, scope }: { query: AnalyticsQueryInput; scope: WidgetScope }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const result = useAnalyticsQuery(withGlobalFilters(query, scope.filters, scope.today));
  const metric = t(`dashboards.metrics.${query.metric}`);
  return (
    <WidgetState query={result} isEmpty={(data) => data.rows.length === 0} height={220}>
      {(data) => (
        <>
          <Text size="xs" c="dimmed">
            {t("dashboards.trend.caption", {
              confidence: format.percent(data.confidence),
              threshold: data.anonymityThreshold,
            })}
          </Text>
          <TrendChart
            result={data}
            label={t("dashboards.trend.chart", {
              metric,
              from: format.date(`${scope.range.from}T00:00:00`),
              to: format.date(`${scope.range.to}T00:00:00`),
            })}
            pointLabel={(date, value) => t("dashboards.trend.point", { date, metric, value })}
          />
        </>
      )}
    </WidgetState>
  );
}
