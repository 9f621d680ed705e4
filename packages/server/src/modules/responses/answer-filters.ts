// Filters on answers for the responses list: `answer=<questionId>:<value>`, read against the survey's
// definition so a filter that cannot match (unknown question, range on a choice question) is refused, not empty.
import { allQuestions, type Question, type SurveyDefinition } from "@touchpoint/core";
import type { FieldError } from "../../platform/errors.ts";

/** A numeric answer within bounds (inclusive), or a choice among some (multiple choice: contains one of them). */
export type AnswerFilter =
  | { question: string; kind: "range"; min: number | null; max: number | null }
  | { question: string; kind: "choice"; multiple: boolean; choices: string[] };

export const NUMERIC_QUESTION_TYPES = ["nps", "csat", "ces", "rating", "number"] as const;
export const CHOICE_QUESTION_TYPES = ["single_choice", "dropdown", "multiple_choice"] as const;

/** NPS groups (Reichheld 2003): 0–6 detractors, 7–8 passives, 9–10 promoters. */
export const NPS_GROUPS = { detractor: [0, 6], passive: [7, 8], promoter: [9, 10] } as const;

const NUMBER = /^-?\d{1,15}(?:\.\d{1,6})?$/;
const RANGE = /^(.*)\.\.(.*)$/;
const NUMERIC_HELP = "use a number, or a range min..max where either end may be left out (0..6, ..6, 9..)";

type Parsed = { ok: true; filter: AnswerFilter } | { ok: false; message: string };

function parseRange(question: Question, value: string): Parsed {
  if (question.type === "nps" && value in NPS_GROUPS) {
    const [min, max] = NPS_GROUPS[value as keyof typeof NPS_GROUPS];
    return { ok: true, filter: { question: question.id, kind: "range", min, max } };
  }
  const help = question.type === "nps" ? `${NUMERIC_HELP}, or detractor, passive or promoter` : NUMERIC_HELP;
  const [low, high] = RANGE.exec(value)?.slice(1) ?? [value, value];
  const bounds = [low, high].map((end = "") =>
    end === "" ? null : NUMBER.test(end) ? Number(end) : Number.NaN,
  );
  const [min = null, max = null] = bounds;
  if (bounds.some((bound) => Number.isNaN(bound)) || (min === null && max === null)) {
    return { ok: false, message: `${value} is not a number or range: ${help}` };
  }
  if (min !== null && max !== null && min > max) {
    return { ok: false, message: `the range ${value} is empty: its minimum is above its maximum` };
  }
  return { ok: true, filter: { question: question.id, kind: "range", min, max } };
}

function parseChoices(question: Question & { choices: { id: string }[] }, value: string): Parsed {
  if (RANGE.test(value) || NUMBER.test(value)) {
    return {
      ok: false,
      message: `a number or range fits only ${NUMERIC_QUESTION_TYPES.join(", ")} questions; name choices of this one, separated by commas`,
    };
  }
  const asked = [...new Set(value.split(","))];
  const unknown = asked.filter((id) => !question.choices.some((choice) => choice.id === id));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `no choice ${unknown.join(", ")} in this question; its choices are ${question.choices.map((c) => c.id).join(", ")}`,
    };
  }
  return {
    ok: true,
    filter: {
      question: question.id,
      kind: "choice",
      multiple: question.type === "multiple_choice",
      choices: asked,
    },
  };
}

function parseOne(questions: Map<string, Question>, questionId: string, value: string): Parsed {
  const question = questions.get(questionId);
  if (!question) return { ok: false, message: `no question ${questionId} in this survey` };
  if ((NUMERIC_QUESTION_TYPES as readonly string[]).includes(question.type))
    return parseRange(question, value);
  if (
    question.type === "single_choice" ||
    question.type === "dropdown" ||
    question.type === "multiple_choice"
  ) {
    return parseChoices(question, value);
  }
  return {
    ok: false,
    message: `answers to ${question.type} questions cannot be filtered; filter ${[...NUMERIC_QUESTION_TYPES, ...CHOICE_QUESTION_TYPES].join(", ")} questions`,
  };
}

/**
 * Reads `questionId:value` pairs (the query's shape is checked before) against the survey's current
 * definition; every pair must hold, so two filters on one question narrow, and a comma widens within one.
 */
export function parseAnswerFilters(
  definition: Pick<SurveyDefinition, "pages">,
  pairs: readonly string[],
): { ok: true; filters: AnswerFilter[] } | { ok: false; errors: FieldError[] } {
  const questions = new Map(allQuestions(definition).map((question) => [question.id, question]));
  const filters: AnswerFilter[] = [];
  const errors: FieldError[] = [];
  for (const pair of pairs) {
    const at = pair.indexOf(":");
    const questionId = pair.slice(0, at);
    const parsed = parseOne(questions, questionId, pair.slice(at + 1));
    if (parsed.ok) filters.push(parsed.filter);
    else errors.push({ path: `querystring.answer.${questionId}`, message: parsed.message });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, filters };
}
