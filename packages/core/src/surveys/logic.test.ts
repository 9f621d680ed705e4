import { describe, expect, it } from "vitest";
import type { Comparison, Condition, Subject } from "./conditions.ts";
import { type SurveyDefinitionInput, surveyDefinitionSchema } from "./definition.ts";
import { exampleNpsSurvey } from "./examples.ts";
import { evaluateCondition, type LogicContext, walkSurvey } from "./logic.ts";

type Operand = Extract<Condition, { op: Comparison }>["value"];
const answerTo = (question: string, part?: string): Subject => ({ source: "answer", question, part });
const hidden = (field: string): Subject => ({ source: "hidden", field });
const customer = (attribute: string): Subject => ({ source: "customer", attribute });
const ctx = (answers: Record<string, unknown> = {}, more: Partial<LogicContext> = {}): LogicContext => ({
  answers,
  hidden: {},
  customer: {},
  ...more,
});
const holds = (subject: Subject, op: Comparison, value: Operand, context: LogicContext) =>
  evaluateCondition({ subject, op, value }, context);

describe("evaluateCondition", () => {
  const scored = ctx(
    {
      nps: 9,
      channel: { choice: "app" },
      topics: { choices: ["price", "staff"] },
      reason: "Staff were slow",
    },
    { hidden: { visits: "10", store: "HN01" }, customer: { tier: "gold", vip: true } },
  );

  it("eq and neq compare numbers numerically and text case-sensitively", () => {
    expect(holds(answerTo("nps"), "eq", 9, scored)).toBe(true);
    expect(holds(answerTo("nps"), "eq", "9", scored)).toBe(true);
    expect(holds(hidden("visits"), "eq", 10, scored)).toBe(true);
    expect(holds(hidden("store"), "eq", "hn01", scored)).toBe(false);
    expect(holds(hidden("store"), "neq", "hn01", scored)).toBe(true);
    expect(holds(customer("vip"), "eq", true, scored)).toBe(true);
  });

  it("gt, gte, lt and lte order numbers, text of numbers and ISO dates", () => {
    expect(holds(answerTo("nps"), "gt", 8, scored)).toBe(true);
    expect(holds(answerTo("nps"), "gte", 9, scored)).toBe(true);
    expect(holds(answerTo("nps"), "lt", 9, scored)).toBe(false);
    expect(holds(answerTo("nps"), "lte", 9, scored)).toBe(true);
    // "10" > "9" as numbers although "10" < "9" as text.
    expect(holds(hidden("visits"), "gt", 9, scored)).toBe(true);
    expect(holds(answerTo("visit"), "lt", "2025-02-01", ctx({ visit: "2025-01-31" }))).toBe(true);
    expect(holds(customer("tier"), "gt", 3, scored)).toBe(false);
  });

  it('compares a single choice by its choice id, and an other answer as "other"', () => {
    expect(holds(answerTo("channel"), "eq", "app", scored)).toBe(true);
    expect(holds(answerTo("channel"), "eq", "other", ctx({ channel: { other: "Zalo" } }))).toBe(true);
    expect(holds(answerTo("channel"), "eq", "app", ctx({ channel: "app" }))).toBe(true);
  });

  it("in and not_in test membership in a list, and any overlap for a multiple choice", () => {
    expect(holds(answerTo("channel"), "in", ["branch", "app"], scored)).toBe(true);
    expect(holds(answerTo("channel"), "not_in", ["branch", "app"], scored)).toBe(false);
    expect(holds(answerTo("topics"), "in", ["staff", "wait"], scored)).toBe(true);
    expect(holds(answerTo("topics"), "not_in", ["wait"], scored)).toBe(true);
  });

  it("contains looks for a choice id in a multiple choice and for a substring in text", () => {
    expect(holds(answerTo("topics"), "contains", "staff", scored)).toBe(true);
    expect(holds(answerTo("topics"), "contains", ["price", "staff"], scored)).toBe(true);
    expect(holds(answerTo("topics"), "contains", ["price", "wait"], scored)).toBe(false);
    expect(
      holds(answerTo("topics"), "contains", "other", ctx({ topics: { choices: [], other: "Wi-Fi" } })),
    ).toBe(true);
    expect(holds(answerTo("reason"), "contains", "slow", scored)).toBe(true);
    expect(holds(answerTo("reason"), "contains", "staff", scored)).toBe(false);
  });

  it("answered and not_answered treat empty values as no answer", () => {
    expect(holds(answerTo("nps"), "answered", undefined, scored)).toBe(true);
    expect(holds(answerTo("nps"), "answered", undefined, ctx({ nps: 0 }))).toBe(true);
    expect(holds(answerTo("reason"), "not_answered", undefined, ctx({ reason: "" }))).toBe(true);
    expect(holds(answerTo("topics"), "not_answered", undefined, ctx({ topics: [] }))).toBe(true);
    expect(holds(hidden("campaign"), "not_answered", undefined, scored)).toBe(true);
  });

  it("against a missing value holds only for not_answered, neq and not_in", () => {
    const empty = ctx();
    const outcomes = (["eq", "neq", "gt", "gte", "lt", "lte", "in", "not_in", "contains"] as const).map(
      (op) => [op, holds(answerTo("nps"), op, op.endsWith("in") ? [1] : 1, empty)],
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      eq: false,
      neq: true,
      gt: false,
      gte: false,
      lt: false,
      lte: false,
      in: false,
      not_in: true,
      contains: false,
    });
  });

  it("reads a goal completion's achieved or intent part, and a matrix row's column", () => {
    const context = ctx({ goal: { achieved: false, intent: "pay_bill" }, grid: { speed: "bad" } });
    expect(holds(answerTo("goal", "achieved"), "eq", false, context)).toBe(true);
    expect(holds(answerTo("goal"), "eq", false, context)).toBe(true);
    expect(holds(answerTo("goal", "intent"), "eq", "pay_bill", context)).toBe(true);
    expect(holds(answerTo("grid", "speed"), "in", ["bad", "ok"], context)).toBe(true);
    expect(holds(answerTo("grid", "staff"), "not_answered", undefined, context)).toBe(true);
  });

  it("combines conditions with all, any and not", () => {
    const promoter: Condition = { subject: answerTo("nps"), op: "gte", value: 9 };
    const gold: Condition = { subject: customer("tier"), op: "eq", value: "gold" };
    const inStore: Condition = { subject: hidden("store"), op: "eq", value: "HCM02" };
    expect(evaluateCondition({ all: [promoter, gold] }, scored)).toBe(true);
    expect(evaluateCondition({ all: [promoter, inStore] }, scored)).toBe(false);
    expect(evaluateCondition({ any: [inStore, gold] }, scored)).toBe(true);
    expect(evaluateCondition({ not: { any: [inStore, promoter] } }, scored)).toBe(false);
  });

  it("does not read inherited properties as values", () => {
    expect(holds(customer("constructor"), "answered", undefined, scored)).toBe(false);
  });
});

/** The example survey, changed by `edit` and parsed (defaults filled in). */
function survey(edit: (input: SurveyDefinitionInput) => void = () => {}) {
  const input = exampleNpsSurvey();
  edit(input);
  return surveyDefinitionSchema.parse(input);
}

describe("walkSurvey", () => {
  it("jumps a promoter past the reason page", () => {
    expect(walkSurvey(survey(), ctx({ nps: 10 }))).toEqual({
      pages: ["p_score", "p_more"],
      visibleQuestions: ["nps", "csat", "channel_used"],
      ending: null,
    });
  });

  it("shows the reason question to a detractor and hides it from a passive", () => {
    expect(walkSurvey(survey(), ctx({ nps: 3 })).visibleQuestions).toEqual([
      "nps",
      "reason",
      "csat",
      "channel_used",
    ]);
    // The reason page holds only the reason question, so a passive does not see that page at all.
    const passive = walkSurvey(survey(), ctx({ nps: 7 }));
    expect(passive.pages).toEqual(["p_score", "p_more"]);
    expect(passive.visibleQuestions).toEqual(["nps", "csat", "channel_used"]);
  });

  it("ends early at the ending of the first jump that holds", () => {
    const definition = survey((input) => {
      input.endings.push({ id: "sorry", title: { vi: "Xin lỗi", en: "Sorry" } });
      input.pages[0]?.jumps?.unshift({
        when: { subject: answerTo("nps"), op: "lte", value: 1 },
        end: "sorry",
      });
    });
    expect(walkSurvey(definition, ctx({ nps: 0 }))).toEqual({
      pages: ["p_score"],
      visibleQuestions: ["nps"],
      ending: "sorry",
    });
    expect(walkSurvey(definition, ctx({ nps: 9 })).pages).toEqual(["p_score", "p_more"]);
  });

  it("skips a page whose showIf does not hold", () => {
    const definition = survey((input) => {
      const more = input.pages[2];
      if (more) more.showIf = { subject: hidden("touchpoint"), op: "eq", value: "branch" };
    });
    expect(walkSurvey(definition, ctx({ nps: 3 })).pages).toEqual(["p_score", "p_reason"]);
    expect(walkSurvey(definition, ctx({ nps: 3 }, { hidden: { touchpoint: "branch" } })).pages).toHaveLength(
      3,
    );
  });

  it("ignores answers to questions the respondent was not shown", () => {
    const definition = survey((input) => {
      input.pages[2]?.questions.push({
        id: "callback",
        type: "consent",
        title: { vi: "Gọi lại?", en: "Call back?" },
        text: { vi: "Đồng ý", en: "Yes" },
        showIf: { subject: answerTo("reason"), op: "answered" },
      });
    });
    // A promoter skips the reason page, so a stray reason answer must not show the callback question.
    expect(walkSurvey(definition, ctx({ nps: 10, reason: "slow" })).visibleQuestions).not.toContain(
      "callback",
    );
    expect(walkSurvey(definition, ctx({ nps: 2, reason: "slow" })).visibleQuestions).toContain("callback");
  });
});
