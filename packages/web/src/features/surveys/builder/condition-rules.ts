// Which comparisons the builder offers for each question type, and the condition it starts from.
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

/** The same condition with another operator; the value is dropped for presence checks, kept otherwise. */
export function withOperator(
  condition: ComparisonCondition,
  question: Question,
  op: Comparison,
): ComparisonCondition {
  if (PRESENCE.includes(op)) return { subject: condition.subject, op };
  return { ...condition, op, value: condition.value ?? defaultValue(question) };
}

export type AnswerComparison = ComparisonCondition & { subject: Extract<Subject, { source: "answer" }> };

/** A comparison on a question's answer, the one kind of condition this builder edits. */
export function asAnswerComparison(condition: Condition): AnswerComparison | null {
  if (!("op" in condition)) return null;
  const { subject } = condition;
  return subject.source === "answer" ? { ...condition, subject } : null;
}
