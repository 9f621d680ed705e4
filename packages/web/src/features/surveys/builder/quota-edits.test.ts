import {
  conditionSchema,
  matchingQuotas,
  type SurveyDefinitionInput,
  surveyDefinitionSchema,
} from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { newQuota, removeQuota, updateQuota, withAction } from "./quota-edits.ts";

/** A branch-visit survey: an NPS question, optionally a branch choice, optionally hidden fields. */
function branchSurvey(parts: { branchQuestion?: boolean; hiddenFields?: string[] } = {}) {
  const input: SurveyDefinitionInput = {
    title: { vi: "Trải nghiệm tại chi nhánh", en: "Your branch visit" },
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    pages: [
      {
        id: "p1",
        questions: [
          { id: "nps", type: "nps", title: { vi: "Bạn có giới thiệu không?" } },
          ...(parts.branchQuestion
            ? [
                {
                  id: "branch",
                  type: "single_choice" as const,
                  title: { vi: "Chi nhánh nào?" },
                  choices: [
                    { id: "hanoi", label: { vi: "Hà Nội" } },
                    { id: "hcm", label: { vi: "TP. Hồ Chí Minh" } },
                  ],
                },
              ]
            : []),
        ],
      },
    ],
    endings: [
      { id: "thanks", title: { vi: "Cảm ơn bạn!" } },
      { id: "full", title: { vi: "Đã đủ người trả lời" } },
    ],
    hiddenFields: (parts.hiddenFields ?? []).map((key) => ({ key })),
  };
  return surveyDefinitionSchema.parse(input);
}

describe("newQuota", () => {
  it("starts on the first choice question, with 100 places, closing the survey when full", () => {
    const definition = branchSurvey({ branchQuestion: true, hiddenFields: ["touchpoint"] });
    expect(newQuota(definition, "Hà Nội")).toEqual({
      id: "quota1",
      name: "Hà Nội",
      when: { subject: { source: "answer", question: "branch" }, op: "eq", value: "hanoi" },
      limit: 100,
      action: "close",
    });
  });

  it("looks at the first hidden field when no question is a choice", () => {
    const quota = newQuota(branchSurvey({ hiddenFields: ["touchpoint", "order_id"] }), "Quầy");
    expect(quota?.when).toEqual({ subject: { source: "hidden", field: "touchpoint" }, op: "eq", value: "" });
  });

  it("falls back to the first question when there is no choice question and no hidden field", () => {
    const quota = newQuota(branchSurvey(), "Detractors");
    expect(quota?.when).toEqual({ subject: { source: "answer", question: "nps" }, op: "lte", value: 6 });
  });

  it("takes the first free id, so a removed quota's id is not reused while others hold theirs", () => {
    const definition = branchSurvey({ branchQuestion: true });
    const first = newQuota(definition, "A");
    const second = newQuota({ ...definition, quotas: first ? [first] : [] }, "B");
    expect(second?.id).toBe("quota2");
    const withBoth = { ...definition, quotas: [first, second].flatMap((quota) => (quota ? [quota] : [])) };
    expect(newQuota(removeQuota(withBoth, 0), "C")?.id).toBe("quota1");
  });

  it("makes a quota the definition schema accepts and the quota rules match", () => {
    const definition = branchSurvey({ branchQuestion: true });
    const quota = newQuota(definition, "Hà Nội");
    const parsed = surveyDefinitionSchema.safeParse({ ...definition, quotas: [quota] });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const ctx = { answers: { nps: 9, branch: "hanoi" }, hidden: {}, customer: {} };
    expect(matchingQuotas(parsed.data, ctx).map((match) => match.id)).toEqual(["quota1"]);
  });

  it("makes a hidden-field condition the condition schema accepts", () => {
    const quota = newQuota(branchSurvey({ hiddenFields: ["touchpoint"] }), "Quầy");
    expect(conditionSchema.safeParse(quota?.when).success).toBe(true);
  });
});

describe("withAction", () => {
  const definition = branchSurvey({ branchQuestion: true });
  const quota = newQuota(definition, "Hà Nội");
  if (!quota) throw new Error("the survey has questions");

  it("keeps the chosen ending when the quota screens out", () => {
    const screening = withAction({ ...quota, ending: "full" }, "screen_out");
    expect(screening).toMatchObject({ action: "screen_out", ending: "full" });
  });

  it("drops the ending when the quota closes the survey, as only screen_out shows one", () => {
    const closing = withAction(withAction({ ...quota, ending: "full" }, "screen_out"), "close");
    expect(closing).toEqual({ ...quota, action: "close" });
    expect("ending" in closing).toBe(false);
  });
});

describe("updateQuota and removeQuota", () => {
  it("change only the quota at the index", () => {
    const definition = branchSurvey({ branchQuestion: true });
    const a = newQuota(definition, "A");
    const b = a && newQuota({ ...definition, quotas: [a] }, "B");
    if (!a || !b) throw new Error("the survey has questions");
    const both = { ...definition, quotas: [a, b] };
    expect(updateQuota(both, 1, { ...b, limit: 20 }).quotas.map((quota) => quota.limit)).toEqual([100, 20]);
    expect(removeQuota(both, 0).quotas.map((quota) => quota.name)).toEqual(["B"]);
    expect(both.quotas).toHaveLength(2);
  });
});
