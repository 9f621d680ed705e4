// Where a respondent is in a survey: the path the logic takes for their answers so far, the questions a
// page shows on it, and which page to show when they come back.
import {
  isAnswered,
  type Page,
  type Question,
  type SurveyDefinition,
  type SurveyPath,
  walkSurvey,
} from "@touchpoint/core";

export interface RespondentState {
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  customer: Record<string, unknown>;
}

export const pathFor = (definition: SurveyDefinition, state: RespondentState): SurveyPath =>
  walkSurvey(definition, state);

export function pageById(definition: SurveyDefinition, id: string | undefined): Page | undefined {
  return definition.pages.find((page) => page.id === id);
}

/** The questions of `page` that this path shows, in page order. */
export function visibleQuestionsOf(page: Page, path: SurveyPath): Question[] {
  const visible = new Set(path.visibleQuestions);
  return page.questions.filter((question) => visible.has(question.id));
}

const answered = (answers: Record<string, unknown>, id: string) =>
  Object.hasOwn(answers, id) && isAnswered(answers[id]);

/**
 * The index (in `path.pages`) of the page to show: the page asked for when it is on the path and no
 * earlier page still misses a required answer; otherwise the first page with an unanswered question
 * (resuming), or the last page when every question is answered. -1 when the path has no page.
 */
export function pageToShow(
  definition: SurveyDefinition,
  path: SurveyPath,
  answers: Record<string, unknown>,
  wanted: string | undefined,
): number {
  const pages = path.pages.flatMap((id) => pageById(definition, id) ?? []);
  const missing = (page: Page, requiredOnly: boolean) =>
    visibleQuestionsOf(page, path).some(
      (question) => (!requiredOnly || question.required) && !answered(answers, question.id),
    );
  const gap = pages.findIndex((page) => missing(page, true));
  const asked = wanted === undefined ? -1 : path.pages.indexOf(wanted);
  if (asked >= 0) return gap >= 0 ? Math.min(asked, gap) : asked;
  const unanswered = pages.findIndex((page) => missing(page, false));
  return unanswered >= 0 ? unanswered : pages.length - 1;
}

/** Visible required questions of these that have no answer. */
export function missingRequired(questions: Question[], answers: Record<string, unknown>): Question[] {
  return questions.filter((question) => question.required && !answered(answers, question.id));
}
