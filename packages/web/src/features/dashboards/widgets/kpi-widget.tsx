// A KPI widget: the stored query under the global filters, drawn as the per-survey page's KPI tile figures.
import { type AnalyticsQueryInput, withGlobalFilters } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useAnalyticsQuery } from "../../analytics/analytics-queries.ts";
import { KpiFigures } from "../../analytics/kpi-tile.tsx";
import type { WidgetScope } from "../widget-scope.ts";
import { WidgetState } from "../widget-state.tsx";

export function KpiWidget({ query, scope }: { query: AnalyticsQueryInput; scope: WidgetScope }) {
  const { t } = useTranslation();
  const result = useAnalyticsQuery(withGlobalFilters(query, scope.filters, scope.today));
  return (
    <WidgetState
      query={result}
      isEmpty={(data) => data.rows.length === 0}
      emptyText={t("dashboard.noAnswers")}
    >
      {(data) => data.rows[0] && <KpiFigures result={data} row={data.rows[0]} days={scope.days} />}
    </WidgetState>
  );
}
