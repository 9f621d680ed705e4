// Checks a whole response against its survey: known questions, valid answers, the logic's visibility,
// required questions and hidden fields — every problem at once, each with the path of its field.
import type { z } from "zod";
import { type AnswerValue, answerSchemaFor, isAnswered } from "./answers.ts";
import { allQuestions, type SurveyDefinition } from "./definition.ts";
import { walkSurvey } from "./logic.ts";
import type { Question } from "./questions.ts";

export interface ResponseToValidate {
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  customer?: Record<string, unknown>;
  /** false for a partial response: required questions may still be unanswered. */
  complete: boolean;
}

export interface ResponseProblem {
  /** "answers.<questionId>[.<deeper>]" or "hidden.<key>". */
  path: string;
  message: string;
}

export type ResponseValidation =
  | { ok: true; answers: Record<string, AnswerValue>; visibleQuestions: string[]; ending: string | null }
  | { ok: false; errors: ResponseProblem[] };

export type ResponseValidator = (input: ResponseToValidate) => ResponseValidation;

/**
 * The checks of one survey definition, built once and reused: building a question's zod schema costs more
 * than running it, so a server that validates many responses against one version keeps its validator.
 * Schemas are built on first use, so a validator used once costs what validateResponse always did.
 */
export function compileResponseValidator(definition: SurveyDefinition): ResponseValidator {
  const questions = new Map(allQuestions(definition).map((question) => [question.id, question]));
  const schemas = new Map<string, z.ZodType<AnswerValue>>();
  const schemaOf = (question: Question) => {
    let schema = schemas.get(question.id);
    if (!schema) {
      schema = answerSchemaFor(question);
      schemas.set(question.id, schema);
    }
    return schema;
  };
  const hiddenKeys = new Set(definition.hiddenFields.map((field) => field.key));
  return (input) => checkResponse({ definition, questions, schemaOf, hiddenKeys }, input);
}

export function validateResponse(
  definition: SurveyDefinition,
  input: ResponseToValidate,
): ResponseValidation {
  return compileResponseValidator(definition)(input);
}

/** What a validator keeps of its definition between responses. */
interface SurveyChecks {
  definition: SurveyDefinition;
  questions: Map<string, Question>;
  schemaOf: (question: Question) => z.ZodType<AnswerValue>;
  hiddenKeys: Set<string>;
}

function checkResponse(checks: SurveyChecks, input: ResponseToValidate): ResponseValidation {
  const { definition, questions, schemaOf, hiddenKeys } = checks;
  const errors: ResponseProblem[] = [];

  // Normalise first: logic is evaluated on canonical answers, and an invalid answer counts as none.
  const valid: Record<string, AnswerValue> = {};
  const invalid = new Map<string, ResponseProblem[]>();
  for (const [id, raw] of Object.entries(input.answers)) {
    const question = questions.get(id);
    if (!question) {
      errors.push({ path: `answers.${id}`, message: "no question has this id" });
      continue;
    }
    // A cleared answer (null, "", [] …) is no answer, wherever the question is.
    if (!isAnswered(raw)) continue;
    const result = schemaOf(question).safeParse(raw);
    if (!result.success) {
      invalid.set(
        id,
        result.error.issues.map((issue) => ({
          path: ["answers", id, ...issue.path.map(String)].join("."),
          message: issue.message,
        })),
      );
    } else if (isAnswered(result.data)) {
      valid[id] = result.data;
    }
  }

  const path = walkSurvey(definition, {
    answers: valid,
    hidden: input.hidden,
    customer: input.customer ?? {},
  });
  const visible = new Set(path.visibleQuestions);
  const answers: Record<string, AnswerValue> = {};
  // In definition order, so that stored answers read in the order the respondent saw them.
  for (const id of questions.keys()) {
    const given = Object.hasOwn(valid, id) || invalid.has(id);
    if (given && !visible.has(id)) {
      errors.push({ path: `answers.${id}`, message: "this question is not shown for these answers" });
    } else if (invalid.has(id)) {
      errors.push(...(invalid.get(id) ?? []));
    } else if (Object.hasOwn(valid, id)) {
      answers[id] = valid[id] as AnswerValue;
    } else if (input.complete && visible.has(id) && questions.get(id)?.required) {
      errors.push({ path: `answers.${id}`, message: "is required" });
    }
  }

  for (const key of Object.keys(input.hidden)) {
    if (!hiddenKeys.has(key))
      errors.push({ path: `hidden.${key}`, message: "this survey has no hidden field with this key" });
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, answers, visibleQuestions: path.visibleQuestions, ending: path.ending };
}
