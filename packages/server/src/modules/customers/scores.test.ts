import type { SurveyDefinition } from "@touchpoint/core";
import { surveyDefinitionSchema } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { isNegative, npsGroupOf, scoresOfResponse } from "./scores.ts";

const twoNps = (): SurveyDefinition =>
  surveyDefinitionSchema.parse({
    title: { en: "Two NPS" },
    defaultLanguage: "en",
    languages: ["en"],
    pages: [
      {
        id: "p1",
        questions: [
          {
            id: "branch",
            type: "single_choice",
            title: { en: "Where?" },
            choices: [
              { id: "hn", label: { en: "HN" } },
              { id: "hcm", label: { en: "HCM" } },
            ],
          },
          {
            id: "nps_hn",
            type: "nps",
            title: { en: "NPS Hà Nội" },
            showIf: { subject: { source: "answer", question: "branch" }, op: "eq", value: "hn" },
          },
          { id: "nps_all", type: "nps", title: { en: "NPS" } },
          { id: "ces", type: "ces", title: { en: "Easy?" } },
          { id: "rating", type: "rating", title: { en: "Stars" } },
        ],
      },
    ],
    endings: [{ id: "end", title: { en: "Thanks" } }],
  });

const context = (answers: Record<string, unknown>) => ({ answers, hidden: {}, customer: {} });

describe("scoresOfResponse", () => {
  it("takes the first NPS question the respondent was shown", () => {
    expect(
      scoresOfResponse(twoNps(), context({ branch: { choice: "hn" }, nps_hn: 2, nps_all: 9, ces: 6 })),
    ).toEqual([
      { metric: "nps", value: 2, questionId: "nps_hn" },
      { metric: "ces", value: 6, questionId: "ces" },
    ]);
  });

  it("skips a question logic hid, even with an answer stored for it, and questions that are not scores", () => {
    expect(
      scoresOfResponse(twoNps(), context({ branch: { choice: "hcm" }, nps_hn: 0, nps_all: 7, rating: 1 })),
    ).toEqual([{ metric: "nps", value: 7, questionId: "nps_all" }]);
  });

  it("gives nothing for a response without score answers", () => {
    expect(scoresOfResponse(twoNps(), context({}))).toEqual([]);
  });
});

describe("score groups", () => {
  it.each([
    [0, "detractor"],
    [6, "detractor"],
    [7, "passive"],
    [8, "passive"],
    [9, "promoter"],
    [10, "promoter"],
  ] as const)("NPS %i is a %s (Reichheld 2003)", (score, group) => {
    expect(npsGroupOf(score)).toBe(group);
  });

  it("calls NPS ≤ 6, CSAT ≤ 2 and CES ≤ 3 negative", () => {
    expect([6, 7].map((value) => isNegative({ metric: "nps", value }))).toEqual([true, false]);
    expect([2, 3].map((value) => isNegative({ metric: "csat", value }))).toEqual([true, false]);
    expect([3, 4].map((value) => isNegative({ metric: "ces", value }))).toEqual([true, false]);
  });
});
