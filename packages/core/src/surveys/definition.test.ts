import { describe, expect, it } from "vitest";
import { surveyDefinitionSchema } from "./definition.ts";
import { exampleNpsSurvey } from "./examples.ts";

const issuesOf = (input: unknown) => {
  const result = surveyDefinitionSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

describe("survey definition schema", () => {
  it("accepts the example survey and fills defaults", () => {
    const parsed = surveyDefinitionSchema.parse(exampleNpsSurvey());
    expect(parsed.theme.brandColor).toBe("#1c7ed6");
    expect(parsed.pages[0]?.questions[0]).toMatchObject({ type: "nps", required: true });
    expect(parsed.quotas).toEqual([]);
  });

  it("normalises text to Unicode NFC", () => {
    const input = exampleNpsSurvey();
    input.title = { vi: "Kha\u0309o sa\u0301t", en: "Survey" };
    expect(surveyDefinitionSchema.parse(input).title.vi).toBe("Khảo sát");
  });

  it("reports duplicate question ids with their path", () => {
    const input = exampleNpsSurvey();
    const [first] = input.pages;
    if (!first) throw new Error("example has pages");
    first.questions.push({
      ...first.questions[0],
      title: { vi: "Lặp", en: "Again" },
    } as (typeof first.questions)[number]);
    expect(issuesOf(input)).toContainEqual({
      path: "pages.0.questions.1.id",
      message: 'duplicate question id "nps"',
    });
  });

  it("reports two quotas with one id, which would share one count", () => {
    const quota = {
      id: "q_low",
      name: "Detractors",
      when: { subject: { source: "answer", question: "nps" }, op: "lte", value: 6 },
      limit: 100,
      action: "close",
    } as const;
    const input = { ...exampleNpsSurvey(), quotas: [quota, { ...quota, name: "Again" }] };
    expect(issuesOf(input)).toEqual([{ path: "quotas.1.id", message: 'duplicate quota id "q_low"' }]);
  });

  it("reports logic that points at unknown questions, hidden fields, pages and endings", () => {
    const input = exampleNpsSurvey();
    const page = input.pages[0];
    if (!page) throw new Error("example has pages");
    page.showIf = { subject: { source: "hidden", field: "nope" }, op: "answered" };
    page.jumps = [
      { when: { subject: { source: "answer", question: "ghost" }, op: "answered" }, jumpTo: "nowhere" },
      { when: { subject: { source: "answer", question: "nps" }, op: "eq", value: 0 }, end: "missing" },
    ];
    const paths = issuesOf(input).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "pages.0.showIf.subject.field",
        "pages.0.jumps.0.when.subject.question",
        "pages.0.jumps.0.jumpTo",
        "pages.0.jumps.1.end",
      ]),
    );
  });

  it("refuses a jump backwards, which could loop", () => {
    const input = exampleNpsSurvey();
    const last = input.pages[2];
    if (!last) throw new Error("example has three pages");
    last.jumps = [
      { when: { subject: { source: "answer", question: "csat" }, op: "answered" }, jumpTo: "p_score" },
    ];
    expect(issuesOf(input)).toContainEqual({
      path: "pages.2.jumps.0.jumpTo",
      message: "must jump forward",
    });
  });

  it("requires the default language among the languages and in every question title", () => {
    const input = exampleNpsSurvey();
    input.defaultLanguage = "fr";
    const paths = issuesOf(input).map((issue) => issue.path);
    expect(paths).toContain("defaultLanguage");
    expect(paths).toContain("pages.0.questions.0.title");
  });
});
