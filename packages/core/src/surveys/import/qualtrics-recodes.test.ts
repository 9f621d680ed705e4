// Qualtrics recode values carried into imported definitions: on choices, matrix columns and NPS questions.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allQuestions } from "../definition.ts";
import { choices, npsChoices, qsf, recodes } from "./qualtrics-fixtures.ts";
import { importQualtricsQsf } from "./qualtrics-qsf.ts";
import { exportSurveyDefinition, importTouchpointSurvey } from "./touchpoint-format.ts";

const dir = fileURLToPath(
  new URL("../../../../../../shared/data/survey-formats/qualtrics/", import.meta.url),
);

const importQuestions = (questions: Parameters<typeof qsf>[0]["questions"]) =>
  importQualtricsQsf(qsf({ questions }));

describe("Qualtrics recode values", () => {
  it("keeps each choice's recode as its sourceValue, the Other choice's text box aside", () => {
    const [question] = allQuestions(
      importQuestions({
        QID1: {
          QuestionType: "MC",
          Selector: "SAVR",
          QuestionText: "Satisfied?",
          Choices: { ...choices("Yes", "No"), 3: { Display: "Other", TextEntry: "true" } },
          RecodeValues: recodes(1, "0", 7),
        },
      }).definition,
    );
    expect(question).toMatchObject({
      type: "single_choice",
      allowOther: true,
      choices: [
        { id: "c1", label: { en: "Yes" }, sourceValue: "1" },
        { id: "c2", label: { en: "No" }, sourceValue: "0" },
      ],
    });
  });

  it("keeps nothing when every recode is its choice key, as Qualtrics sets them by default", () => {
    const [question] = allQuestions(
      importQuestions({
        QID1: {
          QuestionType: "MC",
          Selector: "MAVR",
          QuestionText: "Which?",
          Choices: choices("a", "b"),
          RecodeValues: recodes("1", 2),
        },
      }).definition,
    );
    expect(question).toMatchObject({ choices: [{ id: "c1" }, { id: "c2" }] });
    expect(JSON.stringify(question)).not.toContain("sourceValue");
  });

  it("gives a recoded Likert matrix's columns their recodes and its rows none", () => {
    const [question] = allQuestions(
      importQuestions({
        QID1: {
          QuestionType: "Matrix",
          Selector: "Likert",
          SubSelector: "SingleAnswer",
          QuestionText: "Agree?",
          Choices: choices("Fast", "Friendly"),
          Answers: choices("Disagree", "Neutral", "Agree", "Don't know"),
          AnswerOrder: [1, 2, 3, 4],
          RecodeValues: recodes(-2, 0, 2, 99),
        },
      }).definition,
    );
    expect(question).toMatchObject({
      type: "matrix",
      rows: [{ id: "r1" }, { id: "r2" }],
      columns: [
        { id: "c1", sourceValue: "-2" },
        { id: "c2", sourceValue: "0" },
        { id: "c3", sourceValue: "2" },
        { id: "c4", sourceValue: "99" },
      ],
    });
    if (question?.type !== "matrix") throw new Error("expected a matrix");
    expect(question.rows.every((row) => row.sourceValue === undefined)).toBe(true);
  });

  it("maps a recoded NPS question's export values to scores, RecodeValues as an array or an object", () => {
    const oneToEleven = Array.from({ length: 11 }, (_, i) => i + 1);
    const questions = allQuestions(
      importQuestions({
        QID1: {
          QuestionType: "MC",
          Selector: "NPS",
          QuestionText: "Recommend?",
          Choices: npsChoices(),
          RecodeValues: oneToEleven,
        },
        QID2: {
          QuestionType: "MC",
          Selector: "NPS",
          QuestionText: "Recommend the app?",
          Choices: npsChoices(),
          RecodeValues: Object.fromEntries(oneToEleven.map((value, i) => [String(i), String(value)])),
        },
        QID3: {
          QuestionType: "MC",
          Selector: "NPS",
          QuestionText: "Recommend the branch?",
          Choices: npsChoices(),
          RecodeValues: Array.from({ length: 11 }, (_, i) => i),
        },
      }).definition,
    );
    const expected = Object.fromEntries(oneToEleven.map((value) => [String(value), value - 1]));
    expect(questions[0]).toMatchObject({ type: "nps", sourceValues: expected });
    expect(questions[1]).toMatchObject({ type: "nps", sourceValues: expected });
    expect(questions[2]).not.toHaveProperty("sourceValues");
  });

  it("warns when two choices share a recode and reads the value as the first", () => {
    const result = importQuestions({
      QID7: {
        QuestionType: "MC",
        Selector: "SAVR",
        QuestionText: "Used it?",
        Choices: choices("Yes", "No", "Don't know", "Not applicable"),
        RecodeValues: recodes(1, 0, 99, 99),
      },
    });
    expect(result.warnings).toContain(
      "Question QID7: choices 3 and 4 share the recode value 99; it is read as choice 3",
    );
    expect(allQuestions(result.definition)[0]).toMatchObject({
      choices: [{ sourceValue: "1" }, { sourceValue: "0" }, { sourceValue: "99" }, { sourceValue: "99" }],
    });
  });

  it("survives a Touchpoint export and re-import unchanged", () => {
    const { name, definition } = importQuestions({
      QID1: {
        QuestionType: "MC",
        Selector: "DL",
        QuestionText: "Branch",
        Choices: choices("Hà Nội", "Đà Nẵng"),
        RecodeValues: recodes(10, 20),
      },
      QID2: {
        QuestionType: "MC",
        Selector: "NPS",
        QuestionText: "Recommend?",
        Choices: npsChoices(),
        RecodeValues: Array.from({ length: 11 }, (_, i) => i + 1),
      },
    });
    const reimported = importTouchpointSurvey(exportSurveyDefinition(name, definition));
    expect(reimported.definition).toEqual(definition);
    expect(JSON.stringify(reimported.definition)).toContain('"sourceValue":"20"');
  });
});

describe.skipIf(!existsSync(dir))("Qualtrics recode values in the QualtricsTools sample survey", () => {
  it("keeps q4_rank's recode of Never Tried It (-1) and nothing for the questions recoded as their keys", () => {
    const { definition } = importQualtricsQsf(readFileSync(`${dir}QualtricsTools_Sample_Survey.qsf`, "utf8"));
    const byId = new Map(allQuestions(definition).map((question) => [question.id, question]));
    expect(byId.get("q4_rank")).toMatchObject({
      columns: [
        { id: "c1", label: { en: "Enjoy" }, sourceValue: "1" },
        { id: "c2", label: { en: "Ambivalent" }, sourceValue: "2" },
        { id: "c3", label: { en: "Dislike" }, sourceValue: "3" },
        { id: "c4", label: { en: "Never Tried It" }, sourceValue: "-1" },
      ],
    });
    for (const id of ["q1_recent", "q2_favorite", "q3_volunteer"])
      expect(JSON.stringify(byId.get(id))).not.toContain("sourceValue");
  });
});
