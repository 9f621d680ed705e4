import type { SurveyDefinition } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { parseAnswerFilters } from "./answer-filters.ts";

const label = { en: "x" };
const choices = (...ids: string[]) => ids.map((id) => ({ id, label }));
const definition = {
  pages: [
    {
      id: "p1",
      jumps: [],
      questions: [
        { id: "nps", type: "nps", title: label, required: true },
        { id: "csat", type: "csat", title: label, required: false },
        { id: "amount", type: "number", title: label, required: false, integer: false },
        {
          id: "visit",
          type: "single_choice",
          title: label,
          required: false,
          allowOther: false,
          choices: choices("branch", "app"),
        },
        {
          id: "topics",
          type: "multiple_choice",
          title: label,
          required: false,
          allowOther: false,
          choices: choices("fees", "staff", "wait"),
        },
        { id: "reason", type: "text", title: label, required: false, multiline: false, maxLength: 500 },
      ],
    },
  ],
} as unknown as Pick<SurveyDefinition, "pages">;

const parse = (...pairs: string[]) => parseAnswerFilters(definition, pairs);
const errorOf = (pair: string) => {
  const result = parse(pair);
  if (result.ok) throw new Error(`${pair} was accepted`);
  return result.errors[0];
};

describe("parseAnswerFilters", () => {
  it("reads NPS groups as Reichheld's bounds: 0–6, 7–8 and 9–10", () => {
    expect(parse("nps:detractor", "nps:passive", "nps:promoter")).toEqual({
      ok: true,
      filters: [
        { question: "nps", kind: "range", min: 0, max: 6 },
        { question: "nps", kind: "range", min: 7, max: 8 },
        { question: "nps", kind: "range", min: 9, max: 10 },
      ],
    });
  });

  it("reads a number, a closed range and ranges open at either end", () => {
    expect(parse("csat:4", "csat:2..3", "nps:..6", "amount:-1.5..", "amount:-10..-2.25")).toEqual({
      ok: true,
      filters: [
        { question: "csat", kind: "range", min: 4, max: 4 },
        { question: "csat", kind: "range", min: 2, max: 3 },
        { question: "nps", kind: "range", min: null, max: 6 },
        { question: "amount", kind: "range", min: -1.5, max: null },
        { question: "amount", kind: "range", min: -10, max: -2.25 },
      ],
    });
  });

  it("reads choice ids separated by commas, once each, and knows a multiple choice question", () => {
    expect(parse("visit:branch,app,branch", "topics:staff")).toEqual({
      ok: true,
      filters: [
        { question: "visit", kind: "choice", multiple: false, choices: ["branch", "app"] },
        { question: "topics", kind: "choice", multiple: true, choices: ["staff"] },
      ],
    });
  });

  it("refuses an unknown question with its path", () => {
    expect(errorOf("ghost:1")).toEqual({
      path: "querystring.answer.ghost",
      message: "no question ghost in this survey",
    });
  });

  it("refuses a range or a number on a choice question", () => {
    expect(errorOf("visit:1..3")?.path).toBe("querystring.answer.visit");
    expect(errorOf("visit:1..3")?.message).toMatch(/fits only nps, csat, ces, rating, number questions/);
    expect(errorOf("topics:2")?.message).toMatch(/fits only/);
  });

  it("refuses a choice the question does not have, naming the ones it has", () => {
    expect(errorOf("visit:branch,hotline")?.message).toBe(
      "no choice hotline in this question; its choices are branch, app",
    );
  });

  it("refuses bad numbers, an empty range, and NPS groups outside NPS", () => {
    for (const pair of [
      "nps:abc",
      "nps:5..x",
      "nps:..",
      "nps:1e3",
      "nps:5...6",
      "amount:1,5",
      "csat:promoter",
    ]) {
      expect(errorOf(pair)?.path, pair).toBe(`querystring.answer.${pair.split(":")[0]}`);
    }
    expect(errorOf("nps:9..6")?.message).toMatch(/is empty/);
    expect(errorOf("nps:abc")?.message).toMatch(/or detractor, passive or promoter/);
  });

  it("refuses filters on question types it cannot compare", () => {
    expect(errorOf("reason:slow")?.message).toMatch(/answers to text questions cannot be filtered/);
  });

  it("reports every bad pair, not only the first", () => {
    const result = parse("ghost:1", "nps:9", "visit:1..2");
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([
      "querystring.answer.ghost",
      "querystring.answer.visit",
    ]);
  });
});
