import { type Survey, type SurveyStatus, surveyDefinitionSchema } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { defaultSurveyId, readDashboardSurvey } from "./dashboard-survey.ts";

type QuestionInput = { id: string; type: string; vi: string; en?: string };

function survey(id: string, status: SurveyStatus, questions: QuestionInput[], hidden: string[] = []): Survey {
  const definition = surveyDefinitionSchema.parse({
    title: { vi: "Khảo sát" },
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    pages: [
      {
        id: "p1",
        questions: questions.map(({ id: questionId, type, vi, en }) => ({
          id: questionId,
          type,
          title: en ? { vi, en } : { vi },
        })),
      },
    ],
    endings: [{ id: "thanks", title: { vi: "Cảm ơn" } }],
    hiddenFields: hidden.map((key) => ({ key })),
  });
  return {
    id,
    slug: id,
    name: id,
    status,
    version: 1,
    definition,
    responseCount: 0,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}

const relationship = survey(
  "relationship",
  "live",
  [
    { id: "nps", type: "nps", vi: "Giới thiệu?" },
    { id: "mobile_app", type: "rating", vi: "Ứng dụng di động?", en: "Mobile app?" },
    { id: "csat", type: "csat", vi: "Hài lòng?" },
    { id: "ces", type: "ces", vi: "Dễ dàng?" },
    { id: "comment", type: "text", vi: "Góp ý?" },
  ],
  ["branch"],
);

describe("readDashboardSurvey", () => {
  it("finds the KPI questions, the numeric predictors other than NPS and the hidden fields", () => {
    const read = readDashboardSurvey(relationship);
    expect(
      Object.fromEntries(Object.entries(read.kpis).map(([metric, question]) => [metric, question.id])),
    ).toEqual({ nps: "nps", csat: "csat", ces: "ces" });
    expect(read.predictors.map((question) => question.id)).toEqual(["mobile_app", "csat", "ces"]);
    expect(read.hiddenFields).toEqual(["branch"]);
  });

  it("titles a question in the reader's language, else the survey's default", () => {
    const read = readDashboardSurvey(relationship);
    expect(read.titleOf("mobile_app", "en")).toBe("Mobile app?");
    expect(read.titleOf("csat", "en")).toBe("Hài lòng?");
    expect(read.titleOf("gone", "en")).toBe("gone");
  });

  it("keeps at most 15 predictors, as the drivers API allows", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, type: "rating", vi: `Câu ${i}` }));
    const read = readDashboardSurvey(
      survey("many", "live", [{ id: "nps", type: "nps", vi: "NPS" }, ...many]),
    );
    expect(read.predictors).toHaveLength(15);
  });
});

describe("defaultSurveyId", () => {
  it("picks the first live survey that asks NPS", () => {
    const transaction = survey("transaction", "live", [{ id: "csat", type: "csat", vi: "Hài lòng?" }]);
    const draft = survey("draft", "draft", [{ id: "nps", type: "nps", vi: "NPS" }]);
    expect(defaultSurveyId([draft, transaction, relationship])).toBe("relationship");
    expect(defaultSurveyId([draft, transaction])).toBeNull();
  });
});
