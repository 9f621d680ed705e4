// What every widget of the CX dashboard is computed over: the survey, its questions as the dashboard reads
// them, and the period and channel of the global filters.
import type { AnalyticsFilters, Survey } from "@touchpoint/core";
import type { DateRange } from "./dashboard-filters.ts";
import type { DashboardSurvey } from "./dashboard-survey.ts";

export interface DashboardScope {
  survey: Survey;
  read: DashboardSurvey;
  range: DateRange;
  days: number;
  filters: AnalyticsFilters;
}
