// Qualtrics display, branch and skip logic to Touchpoint conditions: groups of expressions joined by
// "Conjuction" (Qualtrics' spelling), "and" binding tighter than "or", over choices, text and embedded data.
import type { Condition } from "../conditions.ts";
import { compareRef, type SourceOp } from "./answer-conditions.ts";
import { UnsupportedLogic } from "./expression-parser.ts";
import { isJson, type Json, type QualtricsQuestion } from "./qualtrics-questions.ts";

export type QualtricsRefs = {
  questions: Map<string, QualtricsQuestion>;
  /** Embedded-data field → hidden field key. */
  hidden: Map<string, string>;
};

const OPERATORS: Record<string, SourceOp> = {
  EqualTo: "eq",
  NotEqualTo: "neq",
  GreaterThan: "gt",
  GreaterThanOrEqual: "gte",
  LessThan: "lt",
  LessThanOrEqual: "lte",
  Contains: "contains",
  DoesNotContain: "notcontains",
  Empty: "empty",
  NotEmpty: "notempty",
};

const numbered = (value: Json) =>
  Object.keys(value)
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => value[key])
    .filter(isJson);

/** A BooleanExpression (DisplayLogic, BranchLogic) as one condition. */
export function conditionFromLogic(logic: Json, refs: QualtricsRefs): Condition {
  const terms: { conjunction: string; condition: Condition }[] = [];
  for (const group of numbered(logic)) {
    const expressions = numbered(group);
    const [first] = expressions;
    if (!first) continue;
    const groupTerms = expressions.map((expression, index) => ({
      conjunction: index === 0 ? "And" : String(expression.Conjuction ?? "And"),
      condition: conditionFromExpression(expression, refs),
    }));
    // The conjunction joining a group to the one before sits on the group's first expression.
    terms.push({ conjunction: String(first.Conjuction ?? "And"), condition: join(groupTerms) });
  }
  if (terms.length === 0) throw new UnsupportedLogic("the logic has no expressions");
  return join(terms);
}

function join(terms: { conjunction: string; condition: Condition }[]): Condition {
  const alternatives: Condition[][] = [];
  for (const [index, term] of terms.entries()) {
    if (index === 0 || term.conjunction === "Or") alternatives.push([term.condition]);
    else alternatives.at(-1)?.push(term.condition);
  }
  const conjoined = alternatives.map((all) => (all.length === 1 ? (all[0] as Condition) : { all }));
  return conjoined.length === 1 ? (conjoined[0] as Condition) : { any: conjoined };
}

/** One expression: `q://QID4/SelectableChoice/2` Selected, a text answer compared, an embedded field compared. */
export function conditionFromExpression(expression: Json, refs: QualtricsRefs): Condition {
  const operator = String(expression.Operator ?? "");
  const right = expression.RightOperand;
  const value = typeof right === "string" || typeof right === "number" ? right : undefined;
  if (expression.LogicType === "EmbeddedField") {
    const field = refs.hidden.get(String(expression.LeftOperand ?? ""));
    const op = OPERATORS[operator];
    if (!field || !op)
      throw new UnsupportedLogic(`embedded data "${String(expression.LeftOperand)}" ${operator}`);
    return compareRef({ kind: "hidden", field }, op, value);
  }
  if (expression.LogicType !== "Question") {
    throw new UnsupportedLogic(`${String(expression.LogicType)} logic is not supported`);
  }
  return conditionOnAnswer(
    String(expression.LeftOperand ?? expression.ChoiceLocator ?? ""),
    operator,
    value,
    refs,
  );
}

/** A question locator and an operator, as skip logic states them. */
export function conditionOnAnswer(
  locator: string,
  operator: string,
  value: string | number | undefined,
  refs: QualtricsRefs,
): Condition {
  const match = /^q:\/\/(QID\d+)\/(\w+)(?:\/(\w+))?(?:\/(\w+))?$/.exec(locator);
  if (!match) throw new UnsupportedLogic(`cannot read the locator "${locator}"`);
  const [, qid, kind, first, second] = match as unknown as [string, string, string, string?, string?];
  const imported = refs.questions.get(qid);
  if (!imported) throw new UnsupportedLogic(`${qid} was not imported`);
  const { target } = imported;
  const subject = { source: "answer" as const, question: target.question };
  const selected = operator === "Selected";
  if (kind === "SelectableChoice" && (selected || operator === "NotSelected") && first !== undefined) {
    let condition: Condition;
    if (imported.scores) {
      const score = imported.scores.get(first);
      if (score === undefined) throw new UnsupportedLogic(`${qid} has no choice ${first}`);
      condition = { subject, op: "eq", value: score };
    } else if (imported.rowsAsChoices) {
      condition = { subject, op: "contains", value: idOf(imported.choiceIds, first, qid) };
    } else if (second !== undefined && imported.rowIds) {
      const part = idOf(imported.rowIds, first, qid);
      condition = { subject: { ...subject, part }, op: "eq", value: idOf(imported.choiceIds, second, qid) };
    } else if (second === undefined && (target.kind === "single" || target.kind === "multiple")) {
      const id = idOf(imported.choiceIds, first, qid);
      condition =
        target.kind === "single" ? { subject, op: "eq", value: id } : { subject, op: "contains", value: id };
    } else {
      throw new UnsupportedLogic(`"${locator}" is not supported`);
    }
    return selected ? condition : { not: condition };
  }
  const op = OPERATORS[operator];
  if (kind === "ChoiceTextEntryValue" && first === undefined && op)
    return compareRef({ kind: "answer", target }, op, value);
  if (kind === "ChoiceNumericEntryValue" && imported.scores && op)
    return compareRef({ kind: "answer", target }, op, value);
  throw new UnsupportedLogic(`"${operator}" on "${locator}" is not supported`);
}

function idOf(map: Map<string, string>, key: string, qid: string): string {
  const id = map.get(key);
  if (!id) throw new UnsupportedLogic(`${qid} has no choice ${key}`);
  return id;
}
