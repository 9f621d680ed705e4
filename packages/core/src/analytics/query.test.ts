import { describe, expect, it } from "vitest";
import {
  analyticsDriversInputSchema,
  analyticsQueryInputSchema,
  analyticsSummaryQuerySchema,
  MAX_DRIVER_PREDICTORS,
} from "./query.ts";

const surveyId = "0196f1f0-0000-7000-8000-000000000001";
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("analytics query input", () => {
  const minimal = { metric: "nps", source: { kind: "survey_question", surveyId, questionId: "nps" } };

  it("fills in 95 % confidence, automatic source choice and no filters", () => {
    expect(analyticsQueryInputSchema.parse(minimal)).toEqual({
      ...minimal,
      filters: {},
      confidence: 0.95,
      prefer: "auto",
    });
  });

  it("reads a full query: filters, a grouping by segments and a previous-period comparison", () => {
    const query = {
      ...minimal,
      filters: {
        from: "2026-03-01",
        to: "2026-03-31",
        channels: ["web", "app"],
        languages: ["vi"],
        segmentId: surveyId,
        attributes: [{ key: "tier", value: "gold" }],
        hidden: { office: "hn" },
        answers: ["nps:promoter", "plan:basic,gold"],
        sentiment: ["negative"],
        topics: ["staff"],
      },
      groupBy: { kind: "segment", segmentIds: [surveyId] },
      compare: { kind: "previous_period" },
      confidence: 0.9,
      prefer: "raw",
    };
    expect(analyticsQueryInputSchema.parse(query)).toEqual(query);
  });

  it.each([
    ["an unknown metric", { metric: "happiness" }, "metric"],
    ["an unknown grouping", { groupBy: { kind: "weekday" } }, "groupBy.kind"],
    ["an unknown comparison", { compare: { kind: "last_year" } }, "compare.kind"],
    ["a date that is not one", { filters: { from: "2026-02-30" } }, "filters.from"],
    ["an unknown channel", { filters: { channels: ["pigeon"] } }, "filters.channels.0"],
    [
      "a segment grouping without segments",
      { groupBy: { kind: "segment", segmentIds: [] } },
      "groupBy.segmentIds",
    ],
    ["an answer filter without a value", { filters: { answers: ["nps"] } }, "filters.answers.0"],
    ["a confidence of 100 %", { confidence: 1 }, "confidence"],
    ["an unknown field", { colour: "red" }, ""],
  ])("refuses %s, naming the field", (_name, change, path) => {
    const result = analyticsQueryInputSchema.safeParse({ ...minimal, ...change });
    expect(result.success).toBe(false);
    expect(paths(result)).toContainEqual(path);
  });

  it("accepts the journeys module's sources in shape, so the server can answer that they are not available yet", () => {
    const touchpoint = { metric: "csat", source: { kind: "touchpoint", touchpointId: surveyId } };
    expect(analyticsQueryInputSchema.safeParse(touchpoint).success).toBe(true);
  });
});

describe("survey summary query", () => {
  it("takes an optional window, channel and language, and nothing else", () => {
    expect(analyticsSummaryQuerySchema.parse({ from: "2026-03-01", channel: "web" })).toEqual({
      from: "2026-03-01",
      channel: "web",
    });
    expect(paths(analyticsSummaryQuerySchema.safeParse({ metric: "nps" }))).toContainEqual("");
  });
});

describe("drivers input", () => {
  const predictors = (count: number) => Array.from({ length: count }, (_, i) => `q${i}`);

  it(`takes 1 to ${MAX_DRIVER_PREDICTORS} predictors`, () => {
    const input = { surveyId, outcome: "nps", predictors: predictors(MAX_DRIVER_PREDICTORS) };
    expect(analyticsDriversInputSchema.parse(input)).toEqual({ ...input, filters: {}, prefer: "auto" });
    expect(paths(analyticsDriversInputSchema.safeParse({ ...input, predictors: [] }))).toEqual([
      "predictors",
    ]);
    const tooMany = analyticsDriversInputSchema.safeParse({ ...input, predictors: predictors(16) });
    expect(paths(tooMany)).toEqual(["predictors"]);
  });
});
