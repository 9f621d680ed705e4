// Reads a LimeSurvey export (.lss survey, .lsg question group) into groups, questions, subquestions and
// answers with their texts per language. LimeSurvey 4+ keeps texts in *_l10ns tables; LimeSurvey 3 repeats
// each row once per language. Both are read the same way here.
import { XMLParser } from "fast-xml-parser";
import { SurveyImportError } from "./import-result.ts";

type Row = Record<string, string>;
/** Source language code → text. */
export type Texts = Map<string, string>;

export type LsItem = { code: string; order: number; scale: number; texts: Texts };
export type LsQuestion = {
  qid: string;
  code: string;
  type: string;
  mandatory: string;
  other: boolean;
  relevance: string;
  order: number;
  question: Texts;
  help: Texts;
  subquestions: LsItem[];
  answers: LsItem[];
  /** Language-neutral attributes (hidden, maximum_chars, date_format…). */
  attributes: Map<string, string>;
};
export type LsGroup = {
  gid: string;
  order: number;
  relevance: string;
  randomization: string;
  name: Texts;
  description: Texts;
  questions: LsQuestion[];
};
export type LsDocument = {
  docType: string;
  baseLanguage: string;
  languages: string[];
  /** surveys_languagesettings per source language (title, welcome text, end text…). */
  settings: Map<string, Row>;
  groups: LsGroup[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseXml(xml: string): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name, path) =>
      name === "row" || (typeof path === "string" && path === "document.languages.language"),
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(xml, true);
  } catch (error) {
    const message = isRecord(error) && typeof error.message === "string" ? error.message : String(error);
    throw new SurveyImportError("limesurvey", `Not a LimeSurvey file: the XML cannot be read (${message})`);
  }
  const document = isRecord(parsed) ? parsed.document : undefined;
  if (!isRecord(document) || typeof document.LimeSurveyDocType !== "string") {
    throw new SurveyImportError(
      "limesurvey",
      "Not a LimeSurvey export: it has no <document> with a LimeSurveyDocType",
    );
  }
  return document;
}

type Table = (name: string) => Row[];
type TextsOf = (rows: Row[] | undefined, field: string) => Texts;

export function readLimeSurveyDocument(xml: string): LsDocument {
  const document = parseXml(xml);
  const table: Table = (name) => {
    const section = document[name];
    const rows = isRecord(section) && isRecord(section.rows) ? section.rows.row : undefined;
    return (Array.isArray(rows) ? rows : []).filter(isRecord).map((row) => {
      const cells: Row = {};
      for (const [key, value] of Object.entries(row))
        cells[key] = typeof value === "string" ? value.trim() : "";
      return cells;
    });
  };
  const listed =
    isRecord(document.languages) && Array.isArray(document.languages.language)
      ? document.languages.language
      : [];
  const survey = table("surveys")[0];
  const baseLanguage = survey?.language || String(listed[0] ?? "en");
  const additional = (survey?.additional_languages ?? "").split(/\s+/).filter(Boolean);
  const textsOf: TextsOf = (rows, field) =>
    new Map(
      (rows ?? []).filter((row) => row[field]).map((row) => [row.language ?? baseLanguage, row[field] ?? ""]),
    );
  const questions = readQuestions(table, textsOf);
  const settings = new Map(
    table("surveys_languagesettings").map((row) => [row.surveyls_language ?? baseLanguage, row]),
  );
  return {
    docType: String(document.LimeSurveyDocType),
    baseLanguage,
    languages: [...new Set([baseLanguage, ...additional, ...listed.map(String)])],
    settings,
    groups: readGroups(table, textsOf, questions),
  };
}

const byOrder = <T extends { order: number }>(items: T[]) => [...items].sort((a, b) => a.order - b.order);

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

// LimeSurvey 3 has no l10n tables: its rows repeat once per language, carrying `language` and the text.
function readQuestions(table: Table, textsOf: TextsOf): (LsQuestion & { gid: string })[] {
  const questionRows = table("questions");
  const subquestionRows = table("subquestions");
  const l10ns = table("question_l10ns");
  const textRows = groupBy(
    l10ns.length > 0 ? l10ns : [...questionRows, ...subquestionRows],
    (row) => row.qid ?? "",
  );
  const answers = readAnswers(table, textsOf);
  const rows = [...groupBy([...questionRows, ...subquestionRows], (row) => row.qid ?? "").values()].flatMap(
    (sameQid) => sameQid.slice(0, 1),
  );
  const subquestions = groupBy(
    rows.filter((row) => row.parent_qid && row.parent_qid !== "0"),
    (row) => row.parent_qid ?? "",
  );
  const attributes = new Map<string, Map<string, string>>();
  for (const row of table("question_attributes")) {
    if (row.language) continue;
    const forQuestion = attributes.get(row.qid ?? "") ?? new Map<string, string>();
    forQuestion.set(row.attribute ?? "", row.value ?? "");
    attributes.set(row.qid ?? "", forQuestion);
  }
  return rows
    .filter((row) => !row.parent_qid || row.parent_qid === "0")
    .map((row) => {
      const qid = row.qid ?? "";
      const items = (subquestions.get(qid) ?? []).map((sub) => ({
        code: sub.title ?? "",
        order: Number(sub.question_order ?? 0),
        scale: Number(sub.scale_id ?? 0),
        texts: textsOf(textRows.get(sub.qid ?? ""), "question"),
      }));
      return {
        qid,
        gid: row.gid ?? "",
        code: row.title ?? "",
        type: row.type ?? "",
        mandatory: row.mandatory ?? "N",
        other: row.other === "Y",
        relevance: row.relevance ?? "",
        order: Number(row.question_order ?? 0),
        question: textsOf(textRows.get(qid), "question"),
        help: textsOf(textRows.get(qid), "help"),
        subquestions: byOrder(items),
        answers: byOrder(answers.get(qid) ?? []),
        attributes: attributes.get(qid) ?? new Map(),
      };
    });
}

function readAnswers(table: Table, textsOf: TextsOf): Map<string, LsItem[]> {
  const rows = table("answers");
  const l10ns = table("answer_l10ns");
  // LimeSurvey 4+ joins texts on the answer's aid; LimeSurvey 3 repeats the answer row per language.
  const keyOf = (row: Row) => (l10ns.length > 0 ? (row.aid ?? "") : `${row.qid}|${row.scale_id}|${row.code}`);
  const textRows = l10ns.length > 0 ? groupBy(l10ns, (row) => row.aid ?? "") : groupBy(rows, keyOf);
  const answers = [...groupBy(rows, keyOf).values()].flatMap((sameAnswer) => sameAnswer.slice(0, 1));
  const items = answers.map((row) => ({
    qid: row.qid ?? "",
    item: {
      code: row.code ?? "",
      order: Number(row.sortorder ?? 0),
      scale: Number(row.scale_id ?? 0),
      texts: textsOf(textRows.get(keyOf(row)), "answer"),
    },
  }));
  return new Map(
    [...groupBy(items, (entry) => entry.qid)].map(([qid, list]) => [qid, list.map((e) => e.item)]),
  );
}

function readGroups(table: Table, textsOf: TextsOf, questions: (LsQuestion & { gid: string })[]): LsGroup[] {
  const rows = table("groups");
  const l10ns = table("group_l10ns");
  const textRows = groupBy(l10ns.length > 0 ? l10ns : rows, (row) => row.gid ?? "");
  const questionsByGroup = groupBy(questions, (question) => question.gid);
  const groups = [...groupBy(rows, (row) => row.gid ?? "").values()].flatMap((sameGid) =>
    sameGid.slice(0, 1),
  );
  return byOrder(
    groups.map((row) => ({
      gid: row.gid ?? "",
      order: Number(row.group_order ?? 0),
      relevance: row.grelevance ?? "",
      randomization: row.randomization_group ?? "",
      name: textsOf(textRows.get(row.gid ?? ""), "group_name"),
      description: textsOf(textRows.get(row.gid ?? ""), "description"),
      questions: byOrder(questionsByGroup.get(row.gid ?? "") ?? []),
    })),
  );
}
