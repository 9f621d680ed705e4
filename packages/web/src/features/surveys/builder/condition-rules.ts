// Which comparisons the builder offers for each question type and for hidden fields, and the condition it
// starts from.
import type { Comparison, Condition, Question, Subject } from "@touchpoint/core";

export type ComparisonCondition = Extract<Condition, { op: Comparison }>;
export type ConditionValue = ComparisonCondition["value"];

const PRESENCE: Comparison[] = ["answered", "not_answered"];
const NUMERIC: Comparison[] = ["eq", "neq", "lt", "lte", "gt", "gte", ...PRESENCE];

export function operatorsFor(question: Question): Comparison[] {
  switch (question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating":
    case "number":
      return NUMERIC;
    case "single_choice":
    case "dropdown":
      return ["eq", "neq", ...PRESENCE];
    case "multiple_choice":
      return ["contains", "not_in", ...PRESENCE];
    case "goal_completion":
    case "consent":
      return ["eq", ...PRESENCE];
    case "text":
    case "email":
    case "phone":
      return ["eq", "neq", "contains", ...PRESENCE];
    case "date":
      return ["eq", "lt", "gt", ...PRESENCE];
    case "matrix":
    case "ranking":
      return PRESENCE;
  }
}

/** The value a comparison starts with; for scores the usual follow-up cut-off (NPS detractors: 0–6). */
export function defaultValue(question: Question): ConditionValue {
  switch (question.type) {
    case "nps":
      return 6;
    case "csat":
      return 3;
    case "ces":
      return 4;
    case "rating":
      return Math.ceil(question.points / 2);
    case "number":
      return 0;
    case "single_choice":
    case "dropdown":
    case "multiple_choice":
      return question.choices[0]?.id ?? "";
    case "goal_completion":
      return false;
    case "consent":
      return true;
    case "date":
      return new Date().toISOString().slice(0, 10);
    case "text":
    case "email":
    case "phone":
      return "";
    case "matrix":
    case "ranking":
      return undefined;
  }
}

const DEFAULT_OPERATOR: Partial<Record<Question["type"], Comparison>> = {
  nps: "lte",
  csat: "lte",
  ces: "lte",
  rating: "lte",
  goal_completion: "eq",
  multiple_choice: "contains",
  text: "answered",
};

export function defaultCondition(question: Question): ComparisonCondition {
  const op = DEFAULT_OPERATOR[question.type] ?? operatorsFor(question)[0] ?? "answered";
  return withOperator({ subject: { source: "answer", question: question.id }, op }, question, op);
}

/**
 * The same condition with another operator; the value is dropped for presence checks, kept otherwise.
 * `question` is the compared question, or null for a hidden field (whose value starts empty).
 */
export function withOperator(
  condition: ComparisonCondition,
  question: Question | null,
  op: Comparison,
): ComparisonCondition {
  if (PRESENCE.includes(op)) return { subject: condition.subject, op };
  return { ...condition, op, value: condition.value ?? (question ? defaultValue(question) : "") };
}

export const isPresenceCheck = (op: Comparison): op is "answered" | "not_answered" =>
  op === "answered" || op === "not_answered";

/** A hidden field's value is text from a link or the widget, so it is compared as a text answer is. */
export const HIDDEN_FIELD_OPERATORS: Comparison[] = ["eq", "neq", "contains", ...PRESENCE];

export function hiddenFieldCondition(field: string): ComparisonCondition {
  return { subject: { source: "hidden", field }, op: "eq", value: "" };
}

export type AnswerComparison = ComparisonCondition & { subject: Extract<Subject, { source: "answer" }> };
export type HiddenComparison = ComparisonCondition & { subject: Extract<Subject, { source: "hidden" }> };

/** A comparison on a question's answer or on a hidden field: the conditions this builder edits. */
export function asEditableComparison(condition: Condition): AnswerComparison | HiddenComparison | null {
  if (!("op" in condition)) return null;
  const { subject } = condition;
  if (subject.source === "answer") return { ...condition, subject };
  if (subject.source === "hidden") return { ...condition, subject };
  return null;
}
