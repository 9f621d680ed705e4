// Reading LimeSurvey 2/3 exports, whose rows repeat once per language with the text inline.
import { describe, expect, it } from "vitest";
import { allQuestions } from "../definition.ts";
import { importLimeSurveyLss } from "./limesurvey-lss.ts";

describe("importLimeSurveyLss on a LimeSurvey 2/3 export", () => {
  /** Older exports repeat each group, question and answer row once per language, with the text inline. */
  function ls3(): string {
    const cell = (name: string, value: string | number) => `<${name}><![CDATA[${value}]]></${name}>`;
    const rows = (list: Record<string, string | number>[]) =>
      `<rows>${list
        .map(
          (row) =>
            `<row>${Object.entries(row)
              .map(([k, v]) => cell(k, v))
              .join("")}</row>`,
        )
        .join("")}</rows>`;
    const perLanguage = (
      row: (language: string, text: (en: string, de: string) => string) => Record<string, string | number>,
    ) => ["en", "de"].map((language) => row(language, (en, de) => (language === "en" ? en : de)));
    return `<?xml version="1.0"?><document><LimeSurveyDocType>Survey</LimeSurveyDocType><DBVersion>177</DBVersion>
      <languages><language>en</language><language>de</language></languages>
      <answers>${rows(perLanguage((language, t) => ({ qid: 2, code: "1", answer: t("Spouse", "Ehepartner"), sortorder: 1, language, scale_id: 0 })))}</answers>
      <groups>${rows(perLanguage((language, t) => ({ gid: 1, group_name: t("Household", "Haushalt"), group_order: 0, language, grelevance: "" })))}</groups>
      <questions>${rows([
        ...perLanguage((language, t) => ({
          qid: 1,
          parent_qid: 0,
          gid: 1,
          type: "N",
          title: "cohabs",
          question: t("How many?", "Wie viele?"),
          question_order: 1,
          language,
        })),
        ...perLanguage((language, t) => ({
          qid: 2,
          parent_qid: 0,
          gid: 1,
          type: "L",
          title: "p1rel",
          question: t("Relation?", "Beziehung?"),
          question_order: 2,
          language,
          relevance: "cohabs>0",
        })),
        ...perLanguage((language, t) => ({
          qid: 3,
          parent_qid: 0,
          gid: 1,
          type: "S",
          title: "p1name",
          question: t("Name?", "Name?"),
          question_order: 3,
          language,
          relevance: 'cohabs>0 && p1rel != ""',
        })),
      ])}</questions>
      <surveys>${rows([{ sid: 1, language: "en", additional_languages: "de" }])}</surveys>
      <surveys_languagesettings>${rows(perLanguage((language, t) => ({ surveyls_language: language, surveyls_title: t("Household", "Haushalt") })))}</surveys_languagesettings>
    </document>`;
  }

  it("reads texts from the per-language rows without duplicating questions or answers", () => {
    const { definition } = importLimeSurveyLss(ls3());
    expect(definition).toMatchObject({ languages: ["en", "de"], title: { en: "Household", de: "Haushalt" } });
    const questions = allQuestions(definition);
    expect(questions.map((q) => q.id)).toEqual(["cohabs", "p1rel", "p1name"]);
    expect(questions[1]).toMatchObject({
      choices: [{ id: "c1", label: { en: "Spouse", de: "Ehepartner" } }],
    });
  });

  it('reads `!= ""` as answered', () => {
    const [, relation, name] = allQuestions(importLimeSurveyLss(ls3()).definition);
    expect(relation?.showIf).toEqual({
      subject: { source: "answer", question: "cohabs" },
      op: "gt",
      value: 0,
    });
    expect(name?.showIf).toEqual({
      all: [
        { subject: { source: "answer", question: "cohabs" }, op: "gt", value: 0 },
        { subject: { source: "answer", question: "p1rel" }, op: "answered" },
      ],
    });
  });
});
