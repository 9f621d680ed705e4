// Parsed SurveyJS/LimeSurvey expressions to Touchpoint conditions. A name is resolved by the caller, who
// knows its format's naming (`{q.row}`, `Q1_SQ001.NAOK`); anything untranslatable throws UnsupportedLogic.
import type { Condition } from "../conditions.ts";
import { compareRef, flipOp, type LogicRef, type SourceOp } from "./answer-conditions.ts";
import { type Expr, type Operand, type Scalar, UnsupportedLogic } from "./expression-parser.ts";

export type ResolveName = (name: string) => LogicRef | undefined;

/** The condition, or undefined when the expression always holds (LimeSurvey's relevance "1"). */
export function conditionFromExpression(expr: Expr, resolve: ResolveName): Condition | undefined {
  switch (expr.kind) {
    case "and": {
      const items = expr.items.map((item) => conditionFromExpression(item, resolve));
      const kept = items.filter((item): item is Condition => item !== undefined);
      return kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : { all: kept };
    }
    case "or": {
      const items = expr.items.map((item) => conditionFromExpression(item, resolve));
      if (items.some((item) => item === undefined)) return undefined;
      return items.length === 1 ? items[0] : { any: items as Condition[] };
    }
    case "not": {
      const inner = conditionFromExpression(expr.item, resolve);
      if (!inner) throw new UnsupportedLogic("the expression never holds");
      return negate(inner);
    }
    case "test":
      return compareRef(refOf(expr.operand, resolve), expr.op, undefined);
    case "compare":
      return compareOperands(expr.op, expr.left, expr.right, resolve);
    case "value":
      return truthOf(expr.operand, resolve);
  }
}

function compareOperands(op: SourceOp, left: Operand, right: Operand, resolve: ResolveName): Condition {
  if (left.kind === "var" && right.kind !== "var")
    return compareRef(refOf(left, resolve), op, literalOf(right));
  if (right.kind === "var" && left.kind !== "var") {
    return compareRef(refOf(right, resolve), flipOp(op), literalOf(left));
  }
  throw new UnsupportedLogic("only a question compared to a value is supported");
}

function truthOf(operand: Operand, resolve: ResolveName): Condition | undefined {
  if (
    operand.kind === "literal" &&
    (operand.value === true || operand.value === 1 || operand.value === "1")
  ) {
    return undefined;
  }
  if (operand.kind === "call") {
    const name = operand.name.toLowerCase();
    const [argument] = operand.args;
    if ((name === "is_empty" || name === "isempty") && operand.args.length === 1 && argument) {
      return compareRef(refOf(argument, resolve), "empty", undefined);
    }
    throw new UnsupportedLogic(`function ${operand.name}() is not supported`);
  }
  throw new UnsupportedLogic("only comparisons are supported");
}

function refOf(operand: Operand, resolve: ResolveName): LogicRef {
  if (operand.kind !== "var") throw new UnsupportedLogic("only questions can be compared");
  const ref = resolve(operand.name);
  if (!ref) throw new UnsupportedLogic(`"${operand.name}" is not an imported question or hidden field`);
  return ref;
}

function literalOf(operand: Operand): Scalar | Scalar[] {
  if (operand.kind === "literal") return operand.value;
  if (operand.kind === "list") return operand.values;
  throw new UnsupportedLogic("a question is compared to a value or a list of values");
}

/** `not`, simplified only where exact: "!is_empty(Q1)" reads as "Q1 answered". (Not eq is not neq: an
 * unanswered question is neither.) */
export function negate(condition: Condition): Condition {
  if ("not" in condition) return condition.not;
  if ("subject" in condition) {
    if (condition.op === "answered") return { ...condition, op: "not_answered" };
    if (condition.op === "not_answered") return { ...condition, op: "answered" };
  }
  return { not: condition };
}

/** Several conditions that must all hold, without nesting a lone one. */
export function allOf(conditions: (Condition | undefined)[]): Condition | undefined {
  const kept = conditions.filter((condition): condition is Condition => condition !== undefined);
  if (kept.length <= 1) return kept[0];
  return { all: kept.flatMap((condition) => ("all" in condition ? condition.all : [condition])) };
}
