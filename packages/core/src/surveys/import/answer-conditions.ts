// Turns "the answer to X compares to V" from any source format into Touchpoint conditions, knowing what an
// answer to each imported question looks like (a choice id, choice ids, a number, text).
import type { Condition, Subject } from "../conditions.ts";
import { type Scalar, UnsupportedLogic } from "./expression-parser.ts";

export type SourceOp =
  | "eq"
  | "neq"
  | "gt"
  | "gte"
  | "lt"
  | "lte"
  | "contains"
  | "notcontains"
  | "anyof"
  | "allof"
  | "noneof"
  | "empty"
  | "notempty";

/** What an imported question's answer is, with the source's answer values mapped to Touchpoint ids. */
export type AnswerTarget = {
  question: string;
  kind: "single" | "multiple" | "number" | "text" | "matrix" | "other";
  /** Source answer value → choice id (matrix: → column id). */
  choices?: Map<string, string>;
  /** Matrix only: source row value → row id. */
  rows?: Map<string, string>;
};

/** What a name in the source logic points at. */
export type LogicRef =
  | { kind: "answer"; target: AnswerTarget; part?: string }
  /** A LimeSurvey multiple-choice item (`Q2_SQ001`), which holds "Y" when that choice is ticked. */
  | { kind: "ticked"; target: AnswerTarget; choice: string }
  | { kind: "hidden"; field: string };

const FLIPPED: Partial<Record<SourceOp, SourceOp>> = { gt: "lt", gte: "lte", lt: "gt", lte: "gte" };

/** `value op ref`, as in `5 < {q}`, read as `ref flipped-op value`. */
export function flipOp(op: SourceOp): SourceOp {
  return FLIPPED[op] ?? op;
}

export function compareRef(ref: LogicRef, op: SourceOp, value: Scalar | Scalar[] | undefined): Condition {
  if (ref.kind === "ticked") return compareTicked(ref, op, value);
  // `Q1 != ""` is how LimeSurvey (and often SurveyJS) says "answered".
  if (value === "" && (op === "eq" || op === "neq"))
    return compareRef(ref, op === "eq" ? "empty" : "notempty", undefined);
  if (ref.kind === "hidden") return compareHidden(ref.field, op, value);
  const { target, part } = ref;
  const subject: Subject = part
    ? { source: "answer", question: target.question, part }
    : { source: "answer", question: target.question };
  if (op === "empty") return { subject, op: "not_answered" };
  if (op === "notempty") return { subject, op: "answered" };
  if (value === undefined) throw new UnsupportedLogic(`"${op}" needs a value`);
  switch (target.kind) {
    case "single":
      return compareChoice(subject, target.choices, op, value);
    case "matrix":
      if (!part) throw new UnsupportedLogic(`a matrix is compared one row at a time`);
      return compareChoice(subject, target.choices, op, value);
    case "multiple":
      return compareChoices(subject, target.choices, op, value);
    case "number":
      return compareNumber(subject, op, value);
    case "text":
      return compareText(subject, op, value);
    case "other":
      throw new UnsupportedLogic(`answers to ${target.question} cannot be compared`);
  }
}

function choiceIdOf(choices: Map<string, string> | undefined, value: Scalar): string {
  const id = choices?.get(String(value));
  if (!id) throw new UnsupportedLogic(`"${String(value)}" is not one of the choices`);
  return id;
}

const asList = (value: Scalar | Scalar[]) => (Array.isArray(value) ? value : [value]);

function compareChoice(
  subject: Subject,
  choices: Map<string, string> | undefined,
  op: SourceOp,
  value: Scalar | Scalar[],
): Condition {
  if (op === "eq" || op === "neq") {
    if (Array.isArray(value)) throw new UnsupportedLogic(`a single choice is not a list`);
    return { subject, op, value: choiceIdOf(choices, value) };
  }
  if (op === "anyof" || op === "noneof") {
    const ids = asList(value).map((item) => choiceIdOf(choices, item));
    return { subject, op: op === "anyof" ? "in" : "not_in", value: ids };
  }
  if ((op === "gt" || op === "gte" || op === "lt" || op === "lte") && typeof value !== "object") {
    // A "greater than 3" over choices valued 1–5 becomes "one of the choices valued 4 or 5".
    const limit = Number(value);
    const entries = [...(choices ?? new Map<string, string>())];
    if (!Number.isFinite(limit) || entries.some(([source]) => !Number.isFinite(Number(source)))) {
      throw new UnsupportedLogic(`"${op}" needs numeric choice values`);
    }
    const holds = (n: number) =>
      op === "gt" ? n > limit : op === "gte" ? n >= limit : op === "lt" ? n < limit : n <= limit;
    return {
      subject,
      op: "in",
      value: entries.filter(([source]) => holds(Number(source))).map(([, id]) => id),
    };
  }
  throw new UnsupportedLogic(`"${op}" is not supported on a single-choice answer`);
}

function compareChoices(
  subject: Subject,
  choices: Map<string, string> | undefined,
  op: SourceOp,
  value: Scalar | Scalar[],
): Condition {
  const ticked = (item: Scalar): Condition => ({ subject, op: "contains", value: choiceIdOf(choices, item) });
  const items = asList(value);
  if ((op === "contains" || op === "eq") && items.length === 1) return ticked(items[0] as Scalar);
  if ((op === "notcontains" || op === "neq") && items.length === 1)
    return { not: ticked(items[0] as Scalar) };
  if (op === "anyof") return items.length === 1 ? ticked(items[0] as Scalar) : { any: items.map(ticked) };
  if (op === "allof") return items.length === 1 ? ticked(items[0] as Scalar) : { all: items.map(ticked) };
  if (op === "noneof")
    return { not: items.length === 1 ? ticked(items[0] as Scalar) : { any: items.map(ticked) } };
  throw new UnsupportedLogic(`"${op}" is not supported on a multiple-choice answer`);
}

function compareNumber(subject: Subject, op: SourceOp, value: Scalar | Scalar[]): Condition {
  const numbers = asList(value).map(Number);
  if (numbers.some((n) => !Number.isFinite(n))) throw new UnsupportedLogic(`a number is compared to numbers`);
  if (op === "anyof" || op === "noneof")
    return { subject, op: op === "anyof" ? "in" : "not_in", value: numbers };
  if (Array.isArray(value)) throw new UnsupportedLogic(`a number is not a list`);
  if (op === "eq" || op === "neq" || op === "gt" || op === "gte" || op === "lt" || op === "lte") {
    return { subject, op, value: numbers[0] };
  }
  throw new UnsupportedLogic(`"${op}" is not supported on a number`);
}

function compareText(subject: Subject, op: SourceOp, value: Scalar | Scalar[]): Condition {
  if (Array.isArray(value)) {
    if (op === "anyof" || op === "noneof") {
      return { subject, op: op === "anyof" ? "in" : "not_in", value: value.map(String) };
    }
    throw new UnsupportedLogic(`"${op}" is not supported on text with a list`);
  }
  const text = String(value);
  if (op === "eq" || op === "neq" || op === "contains") return { subject, op, value: text };
  if (op === "notcontains") return { not: { subject, op: "contains", value: text } };
  throw new UnsupportedLogic(`"${op}" is not supported on text`);
}

function compareTicked(
  ref: Extract<LogicRef, { kind: "ticked" }>,
  op: SourceOp,
  value: Scalar | Scalar[] | undefined,
): Condition {
  const ticked: Condition = {
    subject: { source: "answer", question: ref.target.question },
    op: "contains",
    value: ref.choice,
  };
  const isTick = value === "Y" || value === "y";
  const isBlank = value === "" || value === undefined;
  if (op === "notempty" || (op === "eq" && isTick) || (op === "neq" && isBlank)) return ticked;
  if (op === "empty" || (op === "eq" && isBlank) || (op === "neq" && isTick)) return { not: ticked };
  throw new UnsupportedLogic(`a ticked choice is compared to "Y" or ""`);
}

function compareHidden(field: string, op: SourceOp, value: Scalar | Scalar[] | undefined): Condition {
  const subject: Subject = { source: "hidden", field };
  if (op === "empty") return { subject, op: "not_answered" };
  if (op === "notempty") return { subject, op: "answered" };
  if (value === undefined) throw new UnsupportedLogic(`"${op}" needs a value`);
  if (Array.isArray(value)) {
    if (op === "anyof" || op === "noneof") {
      return { subject, op: op === "anyof" ? "in" : "not_in", value: value.map(String) };
    }
    throw new UnsupportedLogic(`"${op}" is not supported on a hidden field with a list`);
  }
  if (op === "eq" || op === "neq" || op === "contains") return { subject, op, value: String(value) };
  if (op === "notcontains") return { not: { subject, op: "contains", value: String(value) } };
  if ((op === "gt" || op === "gte" || op === "lt" || op === "lte") && Number.isFinite(Number(value))) {
    return { subject, op, value: Number(value) };
  }
  throw new UnsupportedLogic(`"${op}" is not supported on a hidden field`);
}
