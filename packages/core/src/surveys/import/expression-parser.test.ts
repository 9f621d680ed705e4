// The expression parser on SurveyJS and LimeSurvey syntax, and what it refuses.
import { describe, expect, it } from "vitest";
import { parseExpression, UnsupportedLogic } from "./expression-parser.ts";

const surveyJs = (source: string) => parseExpression(source, { bareNames: false });
const limeSurvey = (source: string) => parseExpression(source, { bareNames: true });

describe("parseExpression", () => {
  it("reads SurveyJS comparisons, word operators and lists with and binding tighter than or", () => {
    expect(surveyJs("{a} = 'x' or {b} >= 4 and {c} notempty")).toEqual({
      kind: "or",
      items: [
        {
          kind: "compare",
          op: "eq",
          left: { kind: "var", name: "a" },
          right: { kind: "literal", value: "x" },
        },
        {
          kind: "and",
          items: [
            {
              kind: "compare",
              op: "gte",
              left: { kind: "var", name: "b" },
              right: { kind: "literal", value: 4 },
            },
            { kind: "test", op: "notempty", operand: { kind: "var", name: "c" } },
          ],
        },
      ],
    });
    expect(surveyJs("{tags} anyof ['a', 2]")).toMatchObject({
      op: "anyof",
      right: { kind: "list", values: ["a", 2] },
    });
    expect(surveyJs("{n} =< -1")).toMatchObject({ op: "lte", right: { kind: "literal", value: -1 } });
  });

  it("reads LimeSurvey names, quotes, negation and function calls", () => {
    expect(limeSurvey('!is_empty(Q1.NAOK) && Q2 eq "A1"')).toEqual({
      kind: "and",
      items: [
        {
          kind: "not",
          item: {
            kind: "value",
            operand: { kind: "call", name: "is_empty", args: [{ kind: "var", name: "Q1.NAOK" }] },
          },
        },
        {
          kind: "compare",
          op: "eq",
          left: { kind: "var", name: "Q2" },
          right: { kind: "literal", value: "A1" },
        },
      ],
    });
  });

  it("refuses arithmetic, bare names in SurveyJS and unclosed strings", () => {
    expect(() => surveyJs("{a} + 1 > 2")).toThrow(UnsupportedLogic);
    expect(() => surveyJs("a = 1")).toThrow(UnsupportedLogic);
    expect(() => limeSurvey("Q1 == 'x")).toThrow(/unclosed string/);
  });
});
