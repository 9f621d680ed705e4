// LimeSurvey import: real .lss/.lsg exports (read from shared/ at test time) and small hand-built ones.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allQuestions, surveyDefinitionSchema } from "../definition.ts";
import { SurveyImportError } from "./import-result.ts";
import { importLimeSurveyLss } from "./limesurvey-lss.ts";

const dir = fileURLToPath(
  new URL("../../../../../../shared/data/survey-formats/limesurvey/", import.meta.url),
);
const read = (file: string) => readFileSync(`${dir}${file}`, "utf8");

type Texts = Record<string, string>;
type QuestionSpec = {
  code: string;
  type: string;
  text: Texts;
  relevance?: string;
  other?: boolean;
  mandatory?: boolean;
  subquestions?: [string, Texts][];
  answers?: [string, Texts][];
  attributes?: Record<string, string>;
};

/** A LimeSurvey 5+ export (texts in *_l10ns tables) of one group with the given questions. */
function lss(questions: QuestionSpec[], languages = ["en"]): string {
  const cell = (name: string, value: string | number) => `<${name}><![CDATA[${value}]]></${name}>`;
  const table = (name: string, rows: Record<string, string | number>[]) =>
    `<${name}><rows>${rows
      .map(
        (row) =>
          `<row>${Object.entries(row)
            .map(([k, v]) => cell(k, v))
            .join("")}</row>`,
      )
      .join("")}</rows></${name}>`;
  let id = 100;
  const questionRows: Record<string, string | number>[] = [];
  const subquestionRows: Record<string, string | number>[] = [];
  const questionL10ns: Record<string, string | number>[] = [];
  const answerRows: Record<string, string | number>[] = [];
  const answerL10ns: Record<string, string | number>[] = [];
  const attributeRows: Record<string, string | number>[] = [];
  const l10n = (qid: number, text: Texts) => {
    for (const [language, question] of Object.entries(text)) questionL10ns.push({ qid, question, language });
  };
  for (const [order, spec] of questions.entries()) {
    const qid = ++id;
    questionRows.push({
      qid,
      parent_qid: 0,
      gid: 1,
      type: spec.type,
      title: spec.code,
      other: spec.other ? "Y" : "N",
      mandatory: spec.mandatory ? "Y" : "N",
      question_order: order,
      relevance: spec.relevance ?? "1",
    });
    l10n(qid, spec.text);
    for (const [i, [code, text]] of (spec.subquestions ?? []).entries()) {
      const sqid = ++id;
      subquestionRows.push({
        qid: sqid,
        parent_qid: qid,
        gid: 1,
        type: "T",
        title: code,
        question_order: i,
        scale_id: 0,
      });
      l10n(sqid, text);
    }
    for (const [i, [code, text]] of (spec.answers ?? []).entries()) {
      const aid = ++id;
      answerRows.push({ aid, qid, code, sortorder: i, scale_id: 0 });
      for (const [language, answer] of Object.entries(text)) answerL10ns.push({ aid, answer, language });
    }
    for (const [attribute, value] of Object.entries(spec.attributes ?? {}))
      attributeRows.push({ qid, attribute, value });
  }
  const [base = "en", ...others] = languages;
  return `<?xml version="1.0" encoding="UTF-8"?><document><LimeSurveyDocType>Survey</LimeSurveyDocType><DBVersion>630</DBVersion>
    <languages>${languages.map((l) => `<language>${l}</language>`).join("")}</languages>
    ${table("groups", [{ gid: 1, group_order: 1 }])}
    ${table(
      "group_l10ns",
      languages.map((language) => ({ gid: 1, group_name: `Group ${language}`, language })),
    )}
    ${table("questions", questionRows)}${table("subquestions", subquestionRows)}${table("question_l10ns", questionL10ns)}
    ${table("answers", answerRows)}${table("answer_l10ns", answerL10ns)}${table("question_attributes", attributeRows)}
    ${table("surveys", [{ sid: 1, language: base, additional_languages: others.join(" ") }])}
    ${table(
      "surveys_languagesettings",
      languages.map((l) => ({ surveyls_language: l, surveyls_title: `Survey ${l}` })),
    )}
  </document>`;
}

describe.skipIf(!existsSync(dir))("importLimeSurveyLss on real LimeSurvey exports", () => {
  it("reads the bilingual survey's texts per language: {et, en}", () => {
    const result = importLimeSurveyLss(read("survey-one-question-two-languages.lss"));
    expect(result.definition).toMatchObject({
      defaultLanguage: "en",
      languages: ["en", "et"],
      title: { en: "test-survey-1" },
    });
    expect(result.definition.pages[0]?.title).toEqual({ et: "G1", en: "G1" });
    expect(result.definition.endings[0]?.title).toEqual({ en: "Thank you!", et: "Aitäh!" });
    // The question has no text in either language, so its code stands in as the title.
    expect(allQuestions(result.definition)).toMatchObject([
      { id: "Q1", type: "text", multiline: true, title: { en: "Q1" } },
    ]);
  });

  it("imports the blank survey's long free text and the group's name as its page", () => {
    const { definition } = importLimeSurveyLss(read("blank-survey.lss"));
    expect(definition.pages).toMatchObject([
      { id: "My_first_question_group", title: { en: "My first question group" } },
    ]);
    expect(allQuestions(definition)).toMatchObject([
      { id: "Q00", type: "text", title: { en: "this is an example question" } },
    ]);
  });

  it("keeps date questions, and lists the time-only one and the time of day as unmapped", () => {
    const result = importLimeSurveyLss(read("date_and_time.lss"));
    expect(allQuestions(result.definition).map((q) => [q.id, q.type])).toEqual([
      ["Q00", "date"],
      ["Q02", "date"],
    ]);
    expect(result.unmapped.map((item) => item.path)).toEqual(["Q00", "Q01"]);
  });

  it("imports a question-group export (.lsg) and lists its relevance on a question outside the file", () => {
    const result = importLimeSurveyLss(read("limesurvey_group_24.lsg"));
    expect(result.name).toBe("Third group");
    expect(result.definition.languages).toEqual(["en", "hr"]);
    expect(allQuestions(result.definition).map((q) => q.id)).toEqual(["G03Q04", "G03Q06"]);
    expect(result.unmapped.map((item) => item.what)).toEqual([
      "description of group 24",
      'randomization group "rand1"',
      'relevance equation "G02Q02 == 1"',
    ]);
    expect(surveyDefinitionSchema.safeParse(result.definition).success).toBe(true);
  });
});

describe("importLimeSurveyLss on hand-built exports", () => {
  it("throws a SurveyImportError for broken XML and for XML that is not a LimeSurvey export", () => {
    expect(() => importLimeSurveyLss("<document><LimeSurveyDocType>Survey</document>")).toThrow(
      SurveyImportError,
    );
    expect(() => importLimeSurveyLss("<html><body/></html>")).toThrow(/LimeSurveyDocType/);
  });

  it("maps list, dropdown, multiple choice, yes/no, 5-point, array, numerical and short text", () => {
    const colours: [string, Texts][] = [
      ["A1", { en: "Red" }],
      ["A2", { en: "Blue" }],
    ];
    const questions = allQuestions(
      importLimeSurveyLss(
        lss([
          { code: "Q1", type: "L", text: { en: "Colour?" }, answers: colours, other: true, mandatory: true },
          { code: "Q2", type: "!", text: { en: "Pick" }, answers: colours },
          {
            code: "Q3",
            type: "M",
            text: { en: "Which?" },
            subquestions: [
              ["SQ001", { en: "Web" }],
              ["SQ002", { en: "App" }],
            ],
            attributes: { max_answers: "1" },
          },
          { code: "Q4", type: "Y", text: { en: "OK?" } },
          { code: "Q5", type: "5", text: { en: "Rate" } },
          {
            code: "Q6",
            type: "F",
            text: { en: "Grid" },
            subquestions: [["SQ001", { en: "Speed" }]],
            answers: colours,
          },
          {
            code: "Q7",
            type: "N",
            text: { en: "Age" },
            attributes: { min_num_value_n: "18", num_value_int_only: "1" },
          },
          { code: "Q8", type: "S", text: { en: "Name" }, attributes: { maximum_chars: "80" } },
          { code: "Q9", type: "A", text: { en: "Five" }, subquestions: [["SQ001", { en: "Row" }]] },
        ]),
      ).definition,
    );
    expect(questions).toMatchObject([
      {
        type: "single_choice",
        allowOther: true,
        required: true,
        choices: [{ id: "A1", label: { en: "Red" } }, { id: "A2" }],
      },
      { type: "dropdown" },
      { type: "multiple_choice", maxSelected: 1, choices: [{ id: "SQ001" }, { id: "SQ002" }] },
      {
        type: "single_choice",
        choices: [
          { id: "yes", label: { en: "Yes" } },
          { id: "no", label: { en: "No" } },
        ],
      },
      { type: "rating", points: 5 },
      { type: "matrix", rows: [{ id: "SQ001" }], columns: [{ id: "A1" }, { id: "A2" }] },
      { type: "number", min: 18, integer: true },
      { type: "text", multiline: false, maxLength: 80 },
      { type: "matrix", columns: [{ id: "c1" }, { id: "c2" }, { id: "c3" }, { id: "c4" }, { id: "c5" }] },
    ]);
  });

  it("translates simple relevance equations and lists the rest", () => {
    const result = importLimeSurveyLss(
      lss([
        {
          code: "Q1",
          type: "L",
          text: { en: "Colour?" },
          answers: [
            ["A1", { en: "Red" }],
            ["A2", { en: "Blue" }],
          ],
        },
        { code: "Q2", type: "M", text: { en: "Which?" }, subquestions: [["SQ001", { en: "Web" }]] },
        { code: "Q3", type: "T", text: { en: "Why red?" }, relevance: '((Q1.NAOK == "A1"))' },
        { code: "Q4", type: "T", text: { en: "Web?" }, relevance: 'Q2_SQ001 == "Y" or !is_empty(Q1)' },
        { code: "Q5", type: "T", text: { en: "Sum" }, relevance: "sum(Q1, 2) > 3" },
      ]),
    );
    const [, , q3, q4, q5] = allQuestions(result.definition);
    expect(q3?.showIf).toEqual({ subject: { source: "answer", question: "Q1" }, op: "eq", value: "A1" });
    expect(q4?.showIf).toEqual({
      any: [
        { subject: { source: "answer", question: "Q2" }, op: "contains", value: "SQ001" },
        { subject: { source: "answer", question: "Q1" }, op: "answered" },
      ],
    });
    expect(q5?.showIf).toBeUndefined();
    expect(result.unmapped).toContainEqual(
      expect.objectContaining({ path: "Q5", what: 'relevance equation "sum(Q1, 2) > 3"' }),
    );
  });

  it("lists unsupported types as unmapped and normalises language codes", () => {
    const result = importLimeSurveyLss(
      lss(
        [
          { code: "Q1", type: "|", text: { "de-informal": "Datei", "pt-BR": "Arquivo" } },
          { code: "Q2", type: "T", text: { "de-informal": "Warum?", "pt-BR": "Por quê?" } },
        ],
        ["de-informal", "pt-BR"],
      ),
    );
    expect(result.unmapped.map((item) => item.what)).toEqual(["question Q1 (type |)"]);
    expect(result.definition).toMatchObject({
      defaultLanguage: "de",
      languages: ["de", "pt-BR"],
      title: { de: "Survey de-informal" },
    });
    expect(allQuestions(result.definition)[0]?.title).toEqual({ de: "Warum?", "pt-BR": "Por quê?" });
  });
});
