// Checks a dashboard's widgets against the workspace before it is stored, with the analytics routes' own
// query and driver checks: a survey of another workspace, an unknown question or a metric that does not fit
// its question is a 422 naming the widget's field (widgets.3.query.metric), not a dashboard that fails later.
import { allQuestions, type DashboardWidget } from "@touchpoint/core";
import { DomainError, NotFoundError } from "../../platform/errors.ts";
import { checkDriversQuery } from "./drivers.ts";
import { type AnalyticsDeps, InvalidQueryError, loadSurvey } from "./filters.ts";
import { checkAnalyticsQuery } from "./query.ts";

/** Runs `check`, moving the field paths of its refusal under `prefix`; a missing survey is refused at `surveyPath`. */
async function under(prefix: string, surveyPath: string, check: () => Promise<unknown>) {
  try {
    await check();
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new InvalidQueryError(`${prefix}: ${error.message}`, [
        { path: error.message.startsWith("Survey") ? surveyPath : prefix, message: error.message },
      ]);
    }
    if (error instanceof DomainError && error.status === 422) {
      throw new InvalidQueryError(`${prefix}: ${error.message}`, [
        ...(error.errors ?? []).map((field) => ({ ...field, path: `${prefix}.${field.path}` })),
      ]);
    }
    throw error;
  }
}

/** Answers per score or choice: what the summary's distribution counts. */
const DISTRIBUTED = new Set([
  "nps",
  "csat",
  "ces",
  "rating",
  "number",
  "single_choice",
  "multiple_choice",
  "dropdown",
]);

async function checkWidget(deps: AnalyticsDeps, workspaceId: string, widget: DashboardWidget, path: string) {
  switch (widget.kind) {
    case "kpi":
    case "trend":
    case "breakdown":
      return under(`${path}.query`, `${path}.query.source.surveyId`, () =>
        checkAnalyticsQuery(deps, workspaceId, widget.query),
      );
    case "heatmap":
      for (const [j, row] of widget.rows.entries()) {
        const prefix = `${path}.rows.${j}.query`;
        await under(prefix, `${prefix}.source.surveyId`, () =>
          checkAnalyticsQuery(deps, workspaceId, row.query),
        );
      }
      return;
    case "drivers":
      return under(`${path}.request`, `${path}.request.surveyId`, () =>
        checkDriversQuery(deps, workspaceId, widget.request),
      );
    case "distribution":
      return under(path, `${path}.surveyId`, async () => {
        const { survey } = await loadSurvey(deps, workspaceId, widget.surveyId);
        const question = allQuestions(survey.definition).find((q) => q.id === widget.questionId);
        if (!question || !DISTRIBUTED.has(question.type)) {
          throw new InvalidQueryError("This question has no distribution to show.", [
            {
              path: "questionId",
              message: question
                ? `${question.id} is a ${question.type} question; a distribution needs a score or choice question`
                : `no question ${widget.questionId} in this survey`,
            },
          ]);
        }
      });
    case "comments": {
      const { surveyId } = widget.filters;
      if (surveyId === undefined) return;
      return under(`${path}.filters`, `${path}.filters.surveyId`, () =>
        loadSurvey(deps, workspaceId, surveyId),
      );
    }
  }
}

export async function checkWidgets(deps: AnalyticsDeps, workspaceId: string, widgets: DashboardWidget[]) {
  for (const [i, widget] of widgets.entries()) await checkWidget(deps, workspaceId, widget, `widgets.${i}`);
}
