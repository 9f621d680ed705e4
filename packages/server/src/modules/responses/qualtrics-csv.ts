// Qualtrics CSV response exports (legacy layout: export tags, question texts, {"ImportId"} per column) read as
// response inputs for the streaming import. Columns are matched to the question ids core's .qsf importer
// derived from export tags, and choice codes to the choice ids it derived from Qualtrics choice keys, or through
// the recode values it kept as sourceValue (see docs/surveys.md).
import type { Readable } from "node:stream";
import {
  allQuestions,
  answerFromCell,
  type Choice,
  normalizeLanguage,
  type Question,
  type Survey,
  toKey,
} from "@touchpoint/core";
import { parse as parseCsv } from "csv-parse";

export interface QualtricsRow {
  line: number;
  input: unknown;
  /** A survey preview (Status 1): not a respondent's answer, so not imported. */
  preview?: boolean;
}

type Field =
  | "clientResponseId"
  | "startedAt"
  | "endDate"
  | "recordedDate"
  | "finished"
  | "status"
  | "language";
type Column =
  /** `parts` from the ImportId are choice keys; `named`: taken from the column name, which has recode values. */
  | { kind: "answer"; question: Question; parts: string[]; named: boolean }
  | { kind: "field"; field: Field }
  | { kind: "hidden"; key: string }
  | { kind: "ignored" };

// Qualtrics metadata columns by lower-cased name; legacy exports say ResponseID, newer ones ResponseId.
const FIELDS: Record<string, Field> = {
  responseid: "clientResponseId",
  startdate: "startedAt",
  enddate: "endDate",
  recordeddate: "recordedDate",
  finished: "finished",
  status: "status",
  userlanguage: "language",
};
const MAX_LISTED_COLUMNS = 40;

/**
 * The data rows of a Qualtrics export as import inputs. Row 1 names the columns, row 2 (question texts) is
 * skipped, row 3 is skipped when it carries ImportIds, which then give each column's structure.
 */
export async function* qualtricsRows(
  source: Readable,
  survey: Survey,
  warn: (message: string) => void,
): AsyncGenerator<QualtricsRow> {
  const parser = source.pipe(parseCsv({ bom: true, skip_empty_lines: true, relax_column_count: true }));
  let names: string[] | undefined;
  let columns: Column[] | undefined;
  let line = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    line += 1;
    if (!names) {
      names = cells.map((cell) => cell.trim());
      continue;
    }
    if (line === 2) continue;
    if (!columns) {
      const importIds = cells.map(importIdOf);
      columns = planColumns(survey, names, importIds, warn);
      if (importIds.some((id) => id !== undefined)) continue;
    }
    yield readRow(survey, columns, cells, line, warn);
  }
}

// Qualtrics writes {"ImportId":"QID4-1-2"}; files passed through Python tools carry {'ImportId': 'QID4-1-2'}.
const IMPORT_ID = /^\{\s*["']ImportId["']\s*:\s*["']([^"']+)["']/;
function importIdOf(cell: string): string | undefined {
  return cell.trim().match(IMPORT_ID)?.[1];
}

/**
 * A column belongs to the question whose id is the longest `toKey(column name)` prefix ending at "_": the
 * importer made ids with `toKey(export tag)`, and Qualtrics names columns `<export tag>_<row>_<column>`.
 * The ImportId (QID4-1-2: question, row key, column key) gives the parts; without it they come from the name.
 */
function planColumns(
  survey: Survey,
  names: string[],
  importIds: (string | undefined)[],
  warn: (message: string) => void,
): Column[] {
  const questions = allQuestions(survey.definition);
  const hiddenKeys = new Set(survey.definition.hiddenFields.map((field) => field.key));
  const byQid = new Map<string, Question | undefined>();
  const ignored: string[] = [];
  const columns = names.map((name, index): Column => {
    const field = FIELDS[name.toLowerCase().replace(/\s+/g, "")];
    if (field) return { kind: "field", field };
    const importId = importIds[index];
    const structure = importId?.match(/^(QID\d+)(#\d+)?(?:[-_](.+))?$/);
    const key = toKey(name, "q");
    // Side-by-side columns (QID6#1-1) have no question: the .qsf importer leaves those out.
    if (importId === undefined || (structure && structure[2] === undefined)) {
      const qid = structure?.[1];
      const question = qid && byQid.has(qid) ? byQid.get(qid) : questionOfColumn(questions, key);
      if (qid) byQid.set(qid, question);
      if (question) {
        if (structure) {
          const parts = structure[3]?.split(/[-_]/).filter(Boolean) ?? [];
          return { kind: "answer", question, parts, named: false };
        }
        return { kind: "answer", question, parts: partsOfName(name, key, question.id), named: true };
      }
    }
    // Embedded data: the importer keyed hidden fields with toKey(field name, "h").
    if (!structure && hiddenKeys.has(toKey(name, "h"))) return { kind: "hidden", key: toKey(name, "h") };
    ignored.push(name);
    return { kind: "ignored" };
  });
  if (ignored.length > 0) {
    const more =
      ignored.length > MAX_LISTED_COLUMNS ? `, and ${ignored.length - MAX_LISTED_COLUMNS} more` : "";
    warn(
      `Columns with no matching question or field were not imported: ${ignored.slice(0, MAX_LISTED_COLUMNS).join(", ")}${more}`,
    );
  }
  return columns;
}

/** "q3_volunteer_-1" → ["-1"]: split on "_" only while the name starts with the id, so a recode keeps its sign. */
function partsOfName(name: string, key: string, questionId: string): string[] {
  const rest = name.startsWith(`${questionId}_`)
    ? name.slice(questionId.length + 1).split("_")
    : key.slice(questionId.length + 1).split(/[-_]/);
  return rest.filter(Boolean);
}

function questionOfColumn(questions: Question[], key: string): Question | undefined {
  let best: Question | undefined;
  for (const question of questions) {
    const matches = key === question.id || key.startsWith(`${question.id}_`);
    if (matches && (!best || question.id.length > best.id.length)) best = question;
  }
  return best;
}

function readRow(
  survey: Survey,
  columns: Column[],
  cells: string[],
  line: number,
  warn: (message: string) => void,
): QualtricsRow {
  const answers: Record<string, unknown> = {};
  const hidden: Record<string, string> = {};
  const input: Record<string, unknown> = { answers, hidden, channel: "import" };
  const ranks = new Map<string, [number, string][]>();
  const dates: Partial<Record<Field, string>> = {};
  let preview = false;
  columns.forEach((column, index) => {
    const cell = (cells[index] ?? "").trim();
    if (cell === "" || column.kind === "ignored") return;
    if (column.kind === "hidden") hidden[column.key] = cell;
    else if (column.kind === "answer") addCell(answers, ranks, column, cell, warn);
    else if (column.field === "status") preview = cell === "1" || cell.toLowerCase() === "survey preview";
    else if (column.field === "finished") input.complete = !["0", "false"].includes(cell.toLowerCase());
    else if (column.field === "clientResponseId") input.clientResponseId = cell;
    else if (column.field === "language") {
      const language = normalizeLanguage(cell);
      if (language && survey.definition.languages.includes(language)) input.language = language;
    } else dates[column.field] = cell;
  });
  for (const [id, ranked] of ranks)
    answers[id] = ranked.sort((a, b) => a[0] - b[0]).map(([, choice]) => choice);
  if (dates.startedAt) input.startedAt = isoFromQualtrics(dates.startedAt);
  const submitted = dates.endDate ?? dates.recordedDate;
  if (submitted) input.submittedAt = isoFromQualtrics(submitted);
  return preview ? { line, input, preview } : { line, input };
}

function addCell(
  answers: Record<string, unknown>,
  ranks: Map<string, [number, string][]>,
  { question, parts, named }: Extract<Column, { kind: "answer" }>,
  cell: string,
  warn: (message: string) => void,
) {
  const [first, second] = parts;
  const id = question.id;
  // A choice named by its column: a key in the ImportId, a recode value in the column name.
  const idOfPart = (choices: Choice[], part: string, prefixes: string[]) =>
    named ? idOfCode(choices, part, prefixes, false) : idOfKey(choices, part, prefixes);
  if (question.type === "single_choice" || question.type === "dropdown") {
    // The text typed into the "Other" choice arrives in its own column after the choice code.
    if (parts.at(-1) === "TEXT") answers[id] = { other: cell };
    else answers[id] = { choice: idOfCode(question.choices, cell, ["c"]) };
  } else if (question.type === "multiple_choice") {
    const current = (answers[id] ?? { choices: [] }) as { choices: string[]; other?: string };
    answers[id] = current;
    if (parts.at(-1) === "TEXT") current.other = cell;
    else if (first === undefined)
      current.choices.push(...cell.split(",").map((code) => idOfCode(question.choices, code, ["c", "r"])));
    else {
      // A one-column matrix became a multiple choice over its rows: its columns are keyed by row ("r1").
      const choice = idOfPart(question.choices, first, ["c", "r"]);
      // The ticked "Other" box has no choice of its own in Touchpoint; its text column carries the answer.
      if (question.choices.some((c) => c.id === choice) || !question.allowOther) current.choices.push(choice);
    }
  } else if (question.type === "matrix" && first !== undefined) {
    const current = (answers[id] ?? {}) as Record<string, string>;
    answers[id] = current;
    const row = idOfKey(question.rows, first, ["r"]);
    const column =
      second === undefined
        ? idOfCode(question.columns, cell, ["c"])
        : idOfPart(question.columns, second, ["c"]);
    if (current[row] === undefined) current[row] = column;
    else warn(`Matrix ${id} has rows with several answers; Touchpoint keeps the first of each row`);
  } else if (question.type === "ranking" && first !== undefined) {
    const list = ranks.get(id) ?? [];
    ranks.set(id, [...list, [Number(cell), idOfPart(question.choices, first, ["c"])]]);
  } else if (question.type === "nps") {
    // Only the score column: Qualtrics adds Q1_NPS_GROUP (1–3 or Detractor…), derived from the score.
    if (first !== undefined) return;
    const { sourceValues = {} } = question;
    answers[id] = Object.hasOwn(sourceValues, cell) ? sourceValues[cell] : answerFromCell(question, cell);
  } else {
    const answer = answerFromCell(question, cell);
    if (answer !== undefined) answers[id] = answer;
  }
}

/** The importer named choices `<prefix><Qualtrics key>` ("c1", "r2"); the first prefix that exists wins. */
function idOfKey(choices: Choice[], key: string, prefixes: string[]): string {
  const candidates = prefixes.map((prefix) => toKey(`${prefix}${key}`, prefix));
  return candidates.find((id) => choices.some((choice) => choice.id === id)) ?? candidates[0] ?? key;
}

/**
 * A cell value, tried in this order: the recode value the importer kept as sourceValue ("numeric values"
 * export of a recoded question), the Qualtrics choice key (numeric export without recodes), the choice text
 * ("use choice text" export). A value that matches none is passed on, so validation reports the row.
 */
function idOfCode(choices: Choice[], code: string, prefixes: string[], byLabel = true): string {
  const text = code.trim();
  const recoded = choices.find((choice) => choice.sourceValue === text);
  if (recoded) return recoded.id;
  const byKey = idOfKey(choices, text, prefixes);
  if (!byLabel || choices.some((choice) => choice.id === byKey)) return byKey;
  const lower = text.toLowerCase();
  const labelled = choices.find((choice) =>
    Object.values(choice.label).some((label) => label.trim().toLowerCase() === lower),
  );
  return labelled?.id ?? byKey;
}

/** Qualtrics writes "2016-07-20 12:49:25" without a zone (the account's local time); read as UTC. */
function isoFromQualtrics(value: string): string {
  const match = value.match(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?$/);
  return match ? `${match[1]}T${match[2]}${match[3] ?? ":00"}Z` : value;
}
