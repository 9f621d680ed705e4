// Qualtrics .qsf import: the real sample survey (read from shared/ at test time) and small hand-built files.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allQuestions, surveyDefinitionSchema } from "../definition.ts";
import { SurveyImportError } from "./import-result.ts";
import { choices, qsf } from "./qualtrics-fixtures.ts";
import { importQualtricsQsf } from "./qualtrics-qsf.ts";

const dir = fileURLToPath(
  new URL("../../../../../../shared/data/survey-formats/qualtrics/", import.meta.url),
);

describe.skipIf(!existsSync(dir))("importQualtricsQsf on the QualtricsTools sample survey", () => {
  const result = () => importQualtricsQsf(readFileSync(`${dir}QualtricsTools_Sample_Survey.qsf`, "utf8"));

  it("yields two matrices, the single and multiple choice, the text entry and one page for its block", () => {
    const { definition, questionIds } = result();
    expect(definition.pages).toHaveLength(1);
    const questions = allQuestions(definition);
    expect(questions.map((q) => [q.id, q.type])).toEqual([
      ["q1_recent", "matrix"],
      ["q2_favorite", "single_choice"],
      ["q3_volunteer", "multiple_choice"],
      ["q4_rank", "matrix"],
      ["q5_position", "text"],
      ["Q8", "multiple_choice"],
      ["Q9", "multiple_choice"],
    ]);
    expect(questionIds).toMatchObject({ QID4: "q1_recent", QID1: "q2_favorite", QID2: "q4_rank" });
    expect(surveyDefinitionSchema.safeParse(definition).success).toBe(true);
  });

  it("lists its side-by-side questions, the trashed one included, as unmapped", () => {
    const sideBySide = result().unmapped.filter((item) => item.what.includes("(SBS SBSMatrix)"));
    expect(sideBySide.map((item) => item.path)).toEqual(["QID6", "QID10", "QID11", "QID12", "QID7"]);
    expect(sideBySide.at(-1)?.reason).toBe("it is in the Trash block");
  });

  it("turns skip-to-end-of-block after Canteloupe into a condition on the rest of the block", () => {
    const [, favorite, ...rest] = allQuestions(result().definition);
    expect(favorite?.showIf).toBeUndefined();
    for (const question of rest) {
      expect(question.showIf).toEqual({
        not: { subject: { source: "answer", question: "q2_favorite" }, op: "eq", value: "c1" },
      });
    }
  });
});

describe("importQualtricsQsf on hand-built files", () => {
  it("throws a SurveyImportError when the file is not JSON or not a .qsf", () => {
    expect(() => importQualtricsQsf("not json")).toThrow(SurveyImportError);
    expect(() => importQualtricsQsf('{"SurveyName": "x"}')).toThrow(/SurveyEntry/);
  });

  it("maps NPS, dropdown, multi-line and e-mail text entry, and rank order", () => {
    const questions = allQuestions(
      importQualtricsQsf(
        qsf({
          questions: {
            QID1: {
              QuestionType: "MC",
              Selector: "NPS",
              QuestionText: "Recommend?",
              Choices: Array.from({ length: 11 }, (_, i) => ({ Display: String(i) })),
              ColumnLabels: [{ Display: "Not likely" }, { Display: "Very likely" }],
            },
            QID2: {
              QuestionType: "MC",
              Selector: "DL",
              QuestionText: "Country",
              Choices: choices("VN", "DE"),
            },
            QID3: { QuestionType: "TE", Selector: "ML", QuestionText: "<p>Tell us <b>more</b></p>" },
            QID4: {
              QuestionType: "TE",
              Selector: "SL",
              QuestionText: "E-mail",
              Validation: {
                Settings: { ForceResponse: "ON", Type: "ContentType", ContentType: "ValidEmail" },
              },
            },
            QID5: { QuestionType: "RO", Selector: "DND", QuestionText: "Rank", Choices: choices("a", "b") },
          },
        }),
      ).definition,
    );
    expect(questions).toMatchObject([
      { type: "nps", lowLabel: { en: "Not likely" }, highLabel: { en: "Very likely" } },
      { type: "dropdown", choices: [{ id: "c1", label: { en: "VN" } }, { id: "c2" }] },
      { type: "text", multiline: true, title: { en: "Tell us more" } },
      { type: "email", required: true },
      { type: "ranking" },
    ]);
  });

  it("lists sliders and descriptive text as unmapped and turns a text-entry choice into allowOther", () => {
    const result = importQualtricsQsf(
      qsf({
        questions: {
          QID1: { QuestionType: "Slider", Selector: "HSLIDER", QuestionText: "How much?" },
          QID2: { QuestionType: "DB", Selector: "TB", QuestionText: "Welcome" },
          QID3: {
            QuestionType: "MC",
            Selector: "SAVR",
            QuestionText: "Pick",
            Choices: { 1: { Display: "A" }, 2: { Display: "Other", TextEntry: "true" } },
          },
        },
      }),
    );
    expect(result.unmapped.map((item) => item.what)).toEqual([
      "question QID1 (Slider HSLIDER)",
      "question QID2 (DB TB)",
    ]);
    expect(allQuestions(result.definition)).toMatchObject([
      { type: "single_choice", allowOther: true, choices: [{ id: "c1" }] },
    ]);
  });

  it("keeps translations as languages and lists a randomizer as unmapped", () => {
    const result = importQualtricsQsf(
      qsf({
        questions: {
          QID1: {
            QuestionType: "MC",
            Selector: "SAVR",
            QuestionText: "Colour?",
            Choices: choices("Red"),
            Language: {
              DE: { QuestionText: "Farbe?", Choices: { 1: { Display: "Rot" } } },
              "ZH-T": { QuestionText: "顏色?" },
            },
          },
        },
        flow: [{ Type: "Randomizer", FlowID: "FL_2", Flow: [{ Type: "Block", ID: "BL_1", FlowID: "FL_3" }] }],
      }),
    );
    expect(result.definition.languages).toEqual(["en", "de", "zh-TW"]);
    expect(allQuestions(result.definition)[0]).toMatchObject({
      title: { en: "Colour?", de: "Farbe?", "zh-TW": "顏色?" },
      choices: [{ label: { en: "Red", de: "Rot" } }],
    });
    expect(result.unmapped).toContainEqual(expect.objectContaining({ what: "randomizer in survey flow" }));
  });
});
