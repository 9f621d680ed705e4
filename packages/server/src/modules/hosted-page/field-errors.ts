// Errors of a submitted page, one translated message per question: the respondent reads what to fix in
// their language, whatever the wording of the validator (its English messages are for API clients).
import type { Question } from "@touchpoint/core";
import type { FieldError } from "../../platform/errors.ts";
import type { FieldProblem } from "./form-fields.ts";
import { format, type Messages } from "./messages.ts";

export type FieldErrorKind = "required" | "invalid" | FieldProblem;

export interface PageErrors {
  /** Question id → message. */
  byQuestion: Map<string, string>;
  /** Some problem belongs to no question of this page (an earlier page, a hidden field). */
  elsewhere: boolean;
}

function range(t: Messages, min: number | string | undefined, max: number | string | undefined): string {
  if (min !== undefined && max !== undefined) return format(t.rangeBetween, { min, max });
  if (min !== undefined) return format(t.rangeMin, { min });
  if (max !== undefined) return format(t.rangeMax, { max });
  return "";
}

export function errorMessage(question: Question, kind: FieldErrorKind, t: Messages): string {
  if (kind === "required") return question.type === "consent" ? t.errorConsent : t.errorRequired;
  if (kind === "other") return t.errorOther;
  switch (question.type) {
    case "nps":
      return format(t.errorScale, { min: 0, max: 10 });
    case "csat":
      return format(t.errorScale, { min: 1, max: 5 });
    case "ces":
      return format(t.errorScale, { min: 1, max: 7 });
    case "rating":
      return format(t.errorScale, { min: 1, max: question.points });
    case "single_choice":
    case "dropdown":
      return t.errorChoice;
    case "multiple_choice": {
      const { minSelected: min, maxSelected: max } = question;
      if (min !== undefined && max !== undefined) return format(t.errorMultipleBetween, { min, max });
      if (max !== undefined) return format(t.errorMultipleMax, { max });
      return min !== undefined && min > 1 ? format(t.errorMultipleMin, { min }) : t.errorMultiple;
    }
    case "matrix":
      return t.errorMatrix;
    case "ranking":
      return format(t.errorRanking, { n: question.choices.length });
    case "text":
      return format(t.errorText, { max: question.maxLength });
    case "number":
      return format(question.integer ? t.errorInteger : t.errorNumber, {
        range: range(t, question.min, question.max),
      });
    case "date":
      return format(t.errorDate, { range: range(t, question.min, question.max) });
    case "email":
      return t.errorEmail;
    case "phone":
      return t.errorPhone;
    case "consent":
      return t.errorConsent;
    case "goal_completion":
      return t.errorGoal;
  }
}

/**
 * Groups problems (paths like "answers.nps" or "answers.grid.row1", from the validator or the responses
 * service) and the page's own findings by question; the page's own come first, as they are more precise.
 */
export function pageErrors(
  questions: Question[],
  problems: FieldError[],
  local: Map<string, FieldErrorKind>,
  t: Messages,
): PageErrors {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const kinds = new Map(local);
  let elsewhere = false;
  for (const problem of problems) {
    const [root, id] = problem.path.split(".");
    if (root !== "answers" || !id || !byId.has(id)) {
      elsewhere = true;
      continue;
    }
    if (!kinds.has(id)) kinds.set(id, problem.message === "is required" ? "required" : "invalid");
  }
  const byQuestion = new Map<string, string>();
  for (const [id, kind] of kinds) {
    const question = byId.get(id);
    if (question) byQuestion.set(id, errorMessage(question, kind, t));
  }
  return { byQuestion, elsewhere };
}
