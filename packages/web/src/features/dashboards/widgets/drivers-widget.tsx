// A drivers widget: the stored key-driver request under the global filters, as the quadrant map and table.
import { Text } from "@mantine/core";
import { type DashboardWidget, withGlobalFilters } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { useDrivers } from "../../analytics/analytics-queries.ts";
import { readDashboardSurvey } from "../../analytics/dashboard-survey.ts";
import { DriversFigures } from "../../analytics/drivers-card.tsx";
import { useSurvey } from "../../surveys/surveys-queries.ts";
import type { WidgetScope } from "../widget-scope.ts";
import { WidgetState } from "../widget-state.tsx";

type DriversRequest = Extract<DashboardWidget, { kind: "drivers" }>["request"];

/** Below this many of the 12 columns the map and the table do not fit side by side. */
const SIDE_BY_SIDE_COLUMNS = 9;

interface DriversWidgetProps {
  request: DriversRequest;
  scope: WidgetScope;
  columns: number;
}

export function DriversWidget({ request, scope, columns }: DriversWidgetProps) {
  const { t } = useTranslation();
  // The drivers read the answers a query of their outcome reads, so the global filters apply as to one.
  const { filters } = withGlobalFilters(
    {
      metric: "mean",
      source: { kind: "survey_question", surveyId: request.surveyId, questionId: request.outcome },
      filters: request.filters,
    },
    scope.filters,
    scope.today,
  );
  const result = useDrivers({ ...request, filters: filters ?? {} });
  const survey = useSurvey(request.surveyId);
  const read = survey.data ? readDashboardSurvey(survey.data) : null;
  const titleOf = (questionId: string, language: string) =>
    read?.titleOf(questionId, language) ??
    result.data?.drivers.find((driver) => driver.questionId === questionId)?.title ??
    questionId;
  // Too few answers for a correlation matrix is the API's 422, not a failure of the widget.
  if (result.error instanceof ApiError && result.error.status === 422) {
    return (
      <Text size="sm" c="dimmed" data-testid="widget-empty">
        {t("dashboard.drivers.tooFew")}
      </Text>
    );
  }
  return (
    <WidgetState query={result} isEmpty={(data) => data.drivers.length === 0} height={280}>
      {(data) => <DriversFigures result={data} titleOf={titleOf} stacked={columns < SIDE_BY_SIDE_COLUMNS} />}
    </WidgetState>
  );
}
