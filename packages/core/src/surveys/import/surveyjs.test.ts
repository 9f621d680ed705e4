// SurveyJS import: real SurveyJS files (read from shared/ at test time) and small hand-built surveys.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allQuestions, surveyDefinitionSchema } from "../definition.ts";
import { SurveyImportError } from "./import-result.ts";
import { importSurveyJs } from "./surveyjs.ts";

const dir = fileURLToPath(new URL("../../../../../../shared/data/survey-formats/surveyjs/", import.meta.url));
const read = (file: string) => readFileSync(`${dir}${file}`, "utf8");

/** A one-page SurveyJS survey around the given elements. */
const survey = (elements: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ pages: [{ name: "p1", elements }], ...extra });
const questionsOf = (json: string, options?: { language?: string }) =>
  allQuestions(importSurveyJs(json, options).definition);

describe.skipIf(!existsSync(dir))("importSurveyJs on real SurveyJS files", () => {
  it("turns the 0–10 rating of the product-feedback survey into an NPS question and its pages into pages", () => {
    const result = importSurveyJs(read("mit-docs-examples/product-feedback-nps-multipage.json"));
    const questions = allQuestions(result.definition);
    expect(questions.find((q) => q.id === "nps_score")).toMatchObject({ type: "nps" });
    // The 1–5 satisfaction radiogroup stays a single choice: its wording is not enough to call it CSAT.
    expect(questions.find((q) => q.id === "satisfaction_score")).toMatchObject({
      type: "single_choice",
      required: true,
    });
    expect(result.definition.pages.map((page) => page.id)).toEqual(["page2", "page3", "page4", "page5"]);
    expect(result.definition.welcome?.title.en).toMatch(/^In this survey/);
    expect(result.definition.endings).toEqual([
      { id: "thanks", title: { en: "Thank you for your feedback!" } },
    ]);
  });

  it("translates page visibleIf over a numbered radiogroup into conditions on choice ids", () => {
    const { definition } = importSurveyJs(read("mit-docs-examples/product-feedback-nps-multipage.json"));
    const subject = { source: "answer", question: "satisfaction_score" };
    expect(definition.pages[1]?.showIf).toEqual({ subject, op: "in", value: ["c5", "c4"] });
    expect(definition.pages[2]?.showIf).toEqual({ subject, op: "eq", value: "c3" });
    expect(definition.pages[3]?.showIf).toEqual({ subject, op: "in", value: ["c2", "c1"] });
    expect(definition.pages[1]?.questions[0]?.showIf).toEqual({ subject, op: "eq", value: "c4" });
  });

  it("maps the demo's matrix, 5-point ratings and multipletext, and keeps its sanitised ids", () => {
    const result = importSurveyJs(read("cc-by-nc-demo/1-product-feedback-survey.survey.json"));
    const questions = allQuestions(result.definition);
    expect(questions.map((q) => q.type)).toEqual([
      "matrix",
      "rating",
      "rating",
      "text",
      "single_choice",
      "single_choice",
      "text",
      "text",
      "text",
    ]);
    expect(questions[2]).toMatchObject({
      id: "recommend_friends",
      points: 5,
      lowLabel: { en: "Won't recommend" },
      showIf: { subject: { source: "answer", question: "satisfaction" }, op: "gt", value: 3 },
    });
    expect(questions[5]).toMatchObject({ choices: [{ id: "correct" }, { id: "low" }, { id: "high" }] });
    expect(result.questionIds).toMatchObject({
      "recommend friends": "recommend_friends",
      "pricelimit.mostamount": "pricelimit_mostamount",
    });
    expect(result.unmapped).toEqual([]);
  });

  it("flattens panels, titles blank questions by their panel and lists repeating panels as unmapped", () => {
    const result = importSurveyJs(
      read("cc-by-nc-demo/2-customer-and-their-partner-income-survey.survey.json"),
    );
    const questions = allQuestions(result.definition);
    expect(questions).toHaveLength(15);
    expect(questions[0]).toMatchObject({
      id: "maritalstatus_c",
      title: { en: "What is your marital status?" },
    });
    expect(result.unmapped.filter((item) => item.what.endsWith("(paneldynamic)"))).toHaveLength(4);
    expect(result.unmapped).toContainEqual(expect.objectContaining({ what: "question income_intro (html)" }));
  });

  it("lists validators, choice filters and quiz settings as not carried over", () => {
    const validation = importSurveyJs(read("mit-docs-examples/expression-validation.json"));
    expect(validation.unmapped.map((item) => item.what)).toEqual([
      "SurveyJS text validator",
      "SurveyJS expression validator",
    ]);
    const cascading = importSurveyJs(read("mit-docs-examples/conditional-logic-cascading-dropdowns.json"));
    expect(cascading.unmapped.map((item) => item.what)).toContain(
      'property "choicesVisibleIf" of question program',
    );
    const quiz = importSurveyJs(read("mit-docs-examples/quiz-timer-correct-answers.json"));
    expect(quiz.unmapped.map((item) => item.what)).toContain('setting "timeLimit"');
  });

  it("refuses a file none of whose questions Touchpoint can hold, naming them", () => {
    expect(() => importSurveyJs(read("mit-docs-examples/matrixdynamic-paneldynamic.json"))).toThrow(
      SurveyImportError,
    );
  });
});

describe("importSurveyJs on hand-built surveys", () => {
  it("throws a SurveyImportError for text that is not JSON or not a survey", () => {
    expect(() => importSurveyJs("{ pages: ")).toThrow(SurveyImportError);
    expect(() => importSurveyJs('{"title": "no pages"}')).toThrow(/no pages or elements/);
  });

  it("lists an unknown question type as unmapped and imports the rest", () => {
    const result = importSurveyJs(
      survey([
        { type: "signaturepad", name: "sign" },
        { type: "futuristic", name: "x" },
        { type: "comment", name: "why", title: "Why?" },
      ]),
    );
    expect(result.unmapped.map((item) => item.what)).toEqual([
      "question sign (signaturepad)",
      "question x (futuristic)",
    ]);
    expect(allQuestions(result.definition)).toMatchObject([{ id: "why", type: "text", multiline: true }]);
  });

  it("maps text input types, boolean, checkbox limits and the other option", () => {
    const questions = questionsOf(
      survey([
        { type: "text", name: "mail", inputType: "email" },
        { type: "text", name: "age", inputType: "number", min: 18, max: 99 },
        { type: "text", name: "day", inputType: "date", min: "2024-01-01" },
        { type: "text", name: "tel", inputType: "tel" },
        { type: "boolean", name: "ok", labelTrue: "Sure", valueTrue: "y" },
        { type: "checkbox", name: "pick", choices: ["a", "b"], hasOther: true, maxSelectedChoices: 2 },
        { type: "ranking", name: "order", choices: ["x", "y"] },
        { type: "text", name: "range", inputType: "range" },
      ]),
    );
    expect(questions.map((q) => q.type)).toEqual([
      "email",
      "number",
      "date",
      "phone",
      "single_choice",
      "multiple_choice",
      "ranking",
    ]);
    expect(questions[1]).toMatchObject({ min: 18, max: 99 });
    expect(questions[2]).toMatchObject({ min: "2024-01-01" });
    expect(questions[4]).toMatchObject({
      choices: [
        { id: "yes", label: { en: "Sure" } },
        { id: "no", label: { en: "No" } },
      ],
    });
    expect(questions[5]).toMatchObject({ allowOther: true, maxSelected: 2 });
  });

  it("keeps a rating scale that is neither 0–10 nor 1–N as a single choice with its values", () => {
    const [nps, stars, odd] = questionsOf(
      survey([
        { type: "rating", name: "n", rateValues: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
        { type: "rating", name: "s", rateCount: 7, rateType: "stars" },
        { type: "rating", name: "o", rateMin: 0, rateMax: 4 },
      ]),
    );
    expect(nps).toMatchObject({ type: "nps" });
    expect(stars).toMatchObject({ type: "rating", points: 7, style: "stars" });
    expect(odd).toMatchObject({
      type: "single_choice",
      choices: [{ id: "c0" }, { id: "c1" }, { id: "c2" }, { id: "c3" }, { id: "c4" }],
    });
  });

  it("translates and/or, notempty, contains, anyof and matrix rows; lists expressions it cannot read", () => {
    const result = importSurveyJs(
      survey([
        { type: "radiogroup", name: "color", choices: ["red", "blue"] },
        { type: "checkbox", name: "tags", choices: ["a", "b"] },
        { type: "matrix", name: "grid", rows: ["speed"], columns: [1, 2] },
        {
          type: "comment",
          name: "c1",
          visibleIf: "{color} = 'red' and ({tags} contains 'a' or {grid.speed} = 2)",
        },
        { type: "comment", name: "c2", visibleIf: "{color} notempty" },
        { type: "comment", name: "c3", visibleIf: "{tags} anyof ['a', 'b']" },
        { type: "comment", name: "c4", visibleIf: "age({color}) > 3" },
      ]),
    );
    const [, , , c1, c2, c3, c4] = allQuestions(result.definition);
    expect(c1?.showIf).toEqual({
      all: [
        { subject: { source: "answer", question: "color" }, op: "eq", value: "red" },
        {
          any: [
            { subject: { source: "answer", question: "tags" }, op: "contains", value: "a" },
            { subject: { source: "answer", question: "grid", part: "speed" }, op: "eq", value: "c2" },
          ],
        },
      ],
    });
    expect(c2?.showIf).toEqual({ subject: { source: "answer", question: "color" }, op: "answered" });
    expect(c3?.showIf).toMatchObject({
      any: [
        { op: "contains", value: "a" },
        { op: "contains", value: "b" },
      ],
    });
    expect(c4?.showIf).toBeUndefined();
    expect(result.unmapped).toContainEqual(
      expect.objectContaining({ path: "c4.visibleIf", what: 'visibleIf "age({color}) > 3"' }),
    );
  });

  it("reads {default, de} texts as LocalizedText in the chosen default language", () => {
    const json = survey(
      [
        {
          type: "radiogroup",
          name: "q",
          title: { default: "Colour?", de: "Farbe?" },
          choices: [{ value: "r", text: { default: "Red", de: "Rot" } }],
        },
      ],
      { title: { default: "Survey", de: "Umfrage" } },
    );
    const result = importSurveyJs(json);
    expect(result.definition.languages).toEqual(["en", "de"]);
    expect(allQuestions(result.definition)[0]).toMatchObject({
      title: { en: "Colour?", de: "Farbe?" },
      choices: [{ label: { en: "Red", de: "Rot" } }],
    });
    expect(importSurveyJs(json, { language: "vi" }).definition).toMatchObject({
      defaultLanguage: "vi",
      title: { vi: "Survey", de: "Umfrage" },
    });
  });

  it("sanitises names into unique keys and always adds a thank-you ending", () => {
    const result = importSurveyJs(
      survey([
        { type: "text", name: "Câu hỏi 1" },
        { type: "text", name: "câu-hỏi 1" },
        { type: "text", name: "1st" },
      ]),
    );
    expect(allQuestions(result.definition).map((q) => q.id)).toEqual(["Cau_hoi_1", "cau_hoi_1", "q1st"]);
    expect(result.definition.endings).toEqual([{ id: "thanks", title: { en: "Thank you!" } }]);
    expect(surveyDefinitionSchema.safeParse(result.definition).success).toBe(true);
  });
});
