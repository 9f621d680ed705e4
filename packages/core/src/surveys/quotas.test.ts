import { describe, expect, it } from "vitest";
import { surveyDefinitionSchema } from "./definition.ts";
import { exampleNpsSurvey } from "./examples.ts";
import type { LogicContext } from "./logic.ts";
import { matchingQuotas } from "./quotas.ts";

/** The example survey with a quota for promoters, one for branch visits and one for detractors who explain. */
function definition() {
  const input = exampleNpsSurvey();
  input.quotas = [
    {
      id: "promoters",
      name: "Promoters",
      when: { subject: { source: "answer", question: "nps" }, op: "gte", value: 9 },
      limit: 100,
      action: "close",
    },
    {
      id: "branch",
      name: "Branch visits",
      when: { subject: { source: "hidden", field: "touchpoint" }, op: "eq", value: "branch" },
      limit: 50,
      action: "screen_out",
      ending: "thanks",
    },
    {
      id: "explained",
      name: "Detractors who explain",
      when: { subject: { source: "answer", question: "reason" }, op: "answered" },
      limit: 20,
      action: "close",
    },
  ];
  return surveyDefinitionSchema.parse(input);
}
const ids = (ctx: LogicContext) => matchingQuotas(definition(), ctx).map((quota) => quota.id);

describe("matchingQuotas", () => {
  it("returns every quota whose condition holds for the response", () => {
    expect(ids({ answers: { nps: 10 }, hidden: { touchpoint: "branch" }, customer: {} })).toEqual([
      "promoters",
      "branch",
    ]);
    expect(ids({ answers: { nps: 3, reason: "Slow" }, hidden: {}, customer: {} })).toEqual(["explained"]);
  });

  it("returns none when no condition holds", () => {
    expect(ids({ answers: { nps: 7 }, hidden: { touchpoint: "app" }, customer: {} })).toEqual([]);
  });

  it("does not count answers to questions the respondent was not shown", () => {
    // A promoter skips the reason page, so a stray reason must not fill the detractors' quota.
    expect(ids({ answers: { nps: 10, reason: "Slow" }, hidden: {}, customer: {} })).toEqual(["promoters"]);
  });
});
