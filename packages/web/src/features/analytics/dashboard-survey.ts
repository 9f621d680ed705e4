// What the dashboard reads from a survey's definition: its KPI questions (the first NPS, CSAT and CES), the
// numeric questions that can drive NPS, and its hidden fields to break results down by.
import { allQuestions, MAX_DRIVER_PREDICTORS, pickText, type Question, type Survey } from "@touchpoint/core";

export type KpiMetric = "nps" | "csat" | "ces";
export const KPI_METRICS: readonly KpiMetric[] = ["nps", "csat", "ces"];

/** The question types key-driver analysis accepts: interval scales (as the drivers API checks). */
const NUMERIC_TYPES = new Set<Question["type"]>(["nps", "csat", "ces", "rating", "number"]);

export interface DashboardSurvey {
  kpis: Partial<Record<KpiMetric, Question>>;
  /** Every numeric question but the NPS one, in survey order, at most 15. */
  predictors: Question[];
  hiddenFields: string[];
  /** A question's title in the reader's language, else the survey's default. */
  titleOf: (questionId: string, language: string) => string;
}

export function readDashboardSurvey(survey: Survey): DashboardSurvey {
  const questions = allQuestions(survey.definition);
  const kpis: DashboardSurvey["kpis"] = {};
  for (const metric of KPI_METRICS) {
    const question = questions.find((candidate) => candidate.type === metric);
    if (question) kpis[metric] = question;
  }
  const byId = new Map(questions.map((question) => [question.id, question]));
  return {
    kpis,
    predictors: questions
      .filter((question) => NUMERIC_TYPES.has(question.type) && question.id !== kpis.nps?.id)
      .slice(0, MAX_DRIVER_PREDICTORS),
    hiddenFields: survey.definition.hiddenFields.map((field) => field.key),
    titleOf: (questionId, language) =>
      pickText(byId.get(questionId)?.title, language, survey.definition.defaultLanguage) || questionId,
  };
}

/** The survey shown when the URL names none: the first live one asking an NPS question. */
export function defaultSurveyId(surveys: readonly Survey[]): string | null {
  return (
    surveys.find(
      (survey) =>
        survey.status === "live" &&
        allQuestions(survey.definition).some((question) => question.type === "nps"),
    )?.id ?? null
  );
}
