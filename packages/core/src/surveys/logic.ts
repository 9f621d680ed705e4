// Survey logic: evaluates show-if, jump and quota conditions, and walks a survey to find the pages and
// questions a respondent sees and the ending they reach — the same way in the server, page and widget.
import { isAnswered } from "./answers.ts";
import type { Comparison, Condition, Subject } from "./conditions.ts";
import type { SurveyDefinition } from "./definition.ts";

export interface LogicContext {
  /** Question id → answer (canonical, or the shorthand a respondent sent). */
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  customer: Record<string, unknown>;
}

export interface SurveyPath {
  /** Ids of the visited pages, in order. */
  pages: string[];
  /** Ids of the questions shown on those pages, in order. */
  visibleQuestions: string[];
  /** The ending a jump chose; null when the pages ran out (the survey's first ending). */
  ending: string | null;
}

type Scalar = string | number | boolean;
type Operand = Scalar | Scalar[] | undefined;

/** True when the condition holds for these answers, hidden fields and customer attributes. */
export function evaluateCondition(condition: Condition, ctx: LogicContext): boolean {
  if ("all" in condition) return condition.all.every((part) => evaluateCondition(part, ctx));
  if ("any" in condition) return condition.any.some((part) => evaluateCondition(part, ctx));
  if ("not" in condition) return !evaluateCondition(condition.not, ctx);
  return compare(subjectValue(condition.subject, ctx), condition.op, condition.value);
}

/**
 * Follows the survey from its first page. Answers count only once their question has been shown, so an
 * answer to a skipped or hidden question never makes later logic true; a condition that looks at a later
 * question (which the builder should not allow) therefore sees no answer.
 */
export function walkSurvey(definition: Pick<SurveyDefinition, "pages">, ctx: LogicContext): SurveyPath {
  const pages: string[] = [];
  const visibleQuestions: string[] = [];
  const seen: LogicContext = { ...ctx, answers: {} };
  let index = 0;
  while (index < definition.pages.length) {
    const page = definition.pages[index];
    if (!page) break;
    index += 1;
    if (page.showIf && !evaluateCondition(page.showIf, seen)) continue;
    const before = visibleQuestions.length;
    // In order: a question can be revealed by an answer earlier on the same page.
    for (const question of page.questions) {
      if (question.showIf && !evaluateCondition(question.showIf, seen)) continue;
      visibleQuestions.push(question.id);
      if (Object.hasOwn(ctx.answers, question.id)) seen.answers[question.id] = ctx.answers[question.id];
    }
    // A page whose questions are all hidden is not shown at all (no empty page with only a button); its
    // jumps still apply.
    if (visibleQuestions.length > before) pages.push(page.id);
    const jump = page.jumps.find((rule) => evaluateCondition(rule.when, seen));
    if (!jump) continue;
    if ("end" in jump) return { pages, visibleQuestions, ending: jump.end };
    const target = definition.pages.findIndex((candidate) => candidate.id === jump.jumpTo);
    // The definition schema only allows forward jumps; anything else is ignored rather than looped on.
    if (target >= index) index = target;
  }
  return { pages, visibleQuestions, ending: null };
}

const own = (record: object, key: string): unknown =>
  Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function subjectValue(subject: Subject, ctx: LogicContext): unknown {
  switch (subject.source) {
    case "hidden":
      return own(ctx.hidden, subject.field);
    case "customer":
      return own(ctx.customer, subject.attribute);
    case "answer":
      return comparableAnswer(own(ctx.answers, subject.question), subject.part);
  }
}

/** The part of an answer a condition compares: a choice id, a list of choice ids, a matrix cell, a goal part. */
function comparableAnswer(answer: unknown, part: string | undefined): unknown {
  if (!isRecord(answer)) return answer;
  // Matrix: part = row id, giving the column id; goal completion: part = "achieved" | "intent".
  if (part !== undefined) return own(answer, part);
  if (typeof answer.choice === "string") return answer.choice;
  if (Array.isArray(answer.choices)) return answer.other ? [...answer.choices, "other"] : answer.choices;
  if (typeof answer.other === "string") return "other";
  // A goal completion without a part is compared by whether the goal was achieved, its headline figure.
  if (typeof answer.achieved === "boolean") return answer.achieved;
  return answer;
}

/**
 * Against a missing value (no answer, no such hidden field or attribute) every comparison is false except
 * `not_answered`, `neq` and `not_in`: "is not X" and "is none of" hold for someone who said nothing, which is
 * what builders expect of "show the follow-up unless they chose X".
 */
function compare(subject: unknown, op: Comparison, value: Operand): boolean {
  if (op === "answered") return isAnswered(subject);
  if (op === "not_answered") return !isAnswered(subject);
  if (op === "neq") return !compare(subject, "eq", value);
  if (op === "not_in") return !compare(subject, "in", value);
  if (!isAnswered(subject)) return false;
  switch (op) {
    case "eq":
      if (Array.isArray(subject)) return Array.isArray(value) && sameMembers(subject, value);
      return !Array.isArray(value) && equal(subject, value);
    case "in": {
      const options = listOf(value);
      // A list answer (multiple choice) is "in" the options when any chosen id is.
      if (Array.isArray(subject))
        return subject.some((item) => options.some((option) => equal(item, option)));
      return options.some((option) => equal(subject, option));
    }
    case "contains": {
      // A list contains the value (all of them, for a list value); text contains a substring.
      if (Array.isArray(subject)) {
        const wanted = listOf(value);
        return wanted.length > 0 && wanted.every((item) => subject.some((chosen) => equal(chosen, item)));
      }
      return typeof subject === "string" && typeof value === "string" && subject.includes(value);
    }
    default:
      return ordered(subject, op, value);
  }
}

const listOf = (value: Operand): Scalar[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

const sameMembers = (subject: unknown[], value: Scalar[]) =>
  subject.every((item) => value.some((option) => equal(item, option))) &&
  value.every((option) => subject.some((item) => equal(item, option)));

// Hidden fields are always text, so "10" must equal 10 and "true" must equal true.
const NUMERIC = /^-?\d+(\.\d+)?$/;
const asNumber = (value: unknown): number | undefined =>
  typeof value === "number"
    ? value
    : typeof value === "string" && NUMERIC.test(value)
      ? Number(value)
      : undefined;

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" || typeof b === "number") {
    const [x, y] = [asNumber(a), asNumber(b)];
    return x !== undefined && x === y;
  }
  if (typeof a === "boolean" && typeof b === "string") return String(a) === b;
  if (typeof b === "boolean" && typeof a === "string") return String(b) === a;
  return false;
}

/** gt/gte/lt/lte: numerically when both sides are numbers (or text of numbers), else as case-sensitive text. */
function ordered(subject: unknown, op: Comparison, value: Operand): boolean {
  const [x, y] = [asNumber(subject), asNumber(value)];
  if (x !== undefined && y !== undefined) return orderHolds(x, y, op);
  // Text order is by code unit, not locale: ISO dates ("2025-01-31") compare correctly this way.
  if (typeof subject === "string" && typeof value === "string") return orderHolds(subject, value, op);
  return false;
}

function orderHolds<T extends number | string>(a: T, b: T, op: Comparison): boolean {
  if (op === "gt") return a > b;
  if (op === "gte") return a >= b;
  if (op === "lt") return a < b;
  if (op === "lte") return a <= b;
  return false;
}
