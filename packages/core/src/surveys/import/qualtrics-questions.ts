// One Qualtrics question (an SQ element's payload) to a Touchpoint question, keeping how its choice keys map
// to Touchpoint ids so display and skip logic can be translated afterwards.
import type { LocalizedText } from "../localized-text.ts";
import type { AnswerTarget } from "./answer-conditions.ts";
import type { ChoiceInput, QuestionInput } from "./finish-import.ts";
import { htmlToText } from "./html-text.ts";
import type { ImportLog } from "./import-result.ts";
import { KeyAllocator } from "./keys.ts";
import { npsSourceValues, readRecodes } from "./qualtrics-recodes.ts";

export type Json = Record<string, unknown>;
export const isJson = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export type QualtricsContext = {
  defaultLanguage: string;
  /** Touchpoint language → the key of its translation in a question's `Language` object. */
  translations: Map<string, string>;
  log: ImportLog;
  questionKeys: KeyAllocator;
};

/** An imported question and how Qualtrics names its parts: choice key → id, NPS key → score. */
export type QualtricsQuestion = {
  question: QuestionInput;
  target: AnswerTarget;
  choiceIds: Map<string, string>;
  rowIds?: Map<string, string>;
  scores?: Map<string, number>;
  /** A one-column matrix imported as multiple choice: its rows are the choices. */
  rowsAsChoices?: boolean;
};

const UNSUPPORTED: Record<string, string> = {
  DB: "descriptive text is not a question",
  Slider: "sliders are not supported",
  SS: "sliders are not supported",
  SBS: "side-by-side questions have no Touchpoint equivalent",
  CS: "constant sum is not supported",
  HeatMap: "heat maps are not supported",
  HL: "hot spots are not supported",
  PGR: "pick, group and rank is not supported",
  Draw: "signatures are not supported",
  FileUpload: "file uploads are not supported",
  Captcha: "captchas are not supported",
  Timing: "timing is recorded by Touchpoint itself",
  Meta: "browser metadata is recorded by Touchpoint itself",
};

/** The text of a field in the default language and in every translation the question carries. */
export function readText(
  ctx: QualtricsContext,
  payload: Json,
  pick: (source: Json) => unknown,
): LocalizedText | undefined {
  const text: LocalizedText = {};
  const put = (language: string, value: unknown) => {
    const cleaned = typeof value === "string" || typeof value === "number" ? htmlToText(String(value)) : "";
    if (cleaned) text[language] = cleaned;
  };
  put(ctx.defaultLanguage, pick(payload));
  const languages = isJson(payload.Language) ? payload.Language : {};
  for (const [language, key] of ctx.translations) {
    const translation = languages[key];
    if (language !== ctx.defaultLanguage && isJson(translation)) put(language, pick(translation));
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

/** Qualtrics keeps choices as an object keyed by id, or (NPS) as an array; the order list wins when present. */
export function entriesOf(value: unknown, order: unknown): [string, Json][] {
  const all: [string, Json][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), isJson(item) ? item : {}])
    : isJson(value)
      ? Object.entries(value).map(([key, item]) => [key, isJson(item) ? item : {}])
      : [];
  if (!Array.isArray(order) || order.length === 0) return all;
  const byKey = new Map(all);
  return order.flatMap((key) => {
    const item = byKey.get(String(key));
    return item ? [[String(key), item] as [string, Json]] : [];
  });
}

const sub =
  (field: string, key: string, inner = "Display") =>
  (source: Json) => {
    const list = source[field];
    const item = Array.isArray(list) ? list[Number(key)] : isJson(list) ? list[key] : undefined;
    return isJson(item) ? item[inner] : undefined;
  };

/**
 * The choices (or matrix columns) of a question, and choice key → id. With `recoded`, the question's recode
 * values become each choice's sourceValue: they apply to the choices of a multiple choice or ranking and to
 * the columns (Answers) of a matrix, whose rows have none.
 */
function readChoiceList(
  ctx: QualtricsContext,
  payload: Json,
  field: "Choices" | "Answers",
  prefix: string,
  recoded?: { qid: string },
) {
  const ids = new KeyAllocator(prefix);
  const map = new Map<string, string>();
  const order = field === "Choices" ? payload.ChoiceOrder : payload.AnswerOrder;
  const entries = entriesOf(payload[field], order);
  const recodes =
    recoded &&
    readRecodes(payload.RecodeValues, new Map(entries.map(([key]) => [key, key])), (message) =>
      ctx.log.warn(`Question ${recoded.qid}: ${message}`),
    );
  const choices: (ChoiceInput & { sourceValue?: string })[] = entries.map(([key]) => {
    const id = ids.allocate(`${prefix}${key}`);
    map.set(key, id);
    const label = readText(ctx, payload, sub(field, key)) ?? { [ctx.defaultLanguage]: key };
    const sourceValue = recodes?.get(key);
    return sourceValue === undefined ? { id, label } : { id, label, sourceValue };
  });
  return { choices, map };
}

type Base = { id: string; title: LocalizedText; required: boolean };
/** One question being converted: its payload, how to start a Touchpoint question, how to give up on it. */
type Source = {
  qid: string;
  payload: Json;
  ctx: QualtricsContext;
  selector: string;
  subSelector: string;
  base: () => Base;
  skip: (reason: string) => undefined;
};

export function convertQualtricsQuestion(
  qid: string,
  payload: Json,
  ctx: QualtricsContext,
): QualtricsQuestion | undefined {
  const type = String(payload.QuestionType ?? "");
  const selector = String(payload.Selector ?? "");
  const subSelector = String(payload.SubSelector ?? "");
  const tag =
    typeof payload.DataExportTag === "string" && payload.DataExportTag ? payload.DataExportTag : qid;
  const what = `question ${qid} (${[type, selector, subSelector].filter(Boolean).join(" ")})`;
  const skip = (reason: string) => {
    ctx.log.skip(qid, what, reason);
    return undefined;
  };
  const unsupported = UNSUPPORTED[type];
  if (unsupported) return skip(unsupported);
  const title = readText(ctx, payload, (source) => source.QuestionText) ?? { [ctx.defaultLanguage]: tag };
  const settings =
    isJson(payload.Validation) && isJson(payload.Validation.Settings) ? payload.Validation.Settings : {};
  // Ids come from the export tag, the name Qualtrics users gave the question and see in their data.
  const base = () => ({
    id: ctx.questionKeys.allocate(tag),
    title: title[ctx.defaultLanguage] ? title : { ...title, [ctx.defaultLanguage]: tag },
    required: settings.ForceResponse === "ON",
  });
  const source: Source = { qid, payload, ctx, selector, subSelector, base, skip };
  if (type === "MC" && selector === "NPS") return npsQuestion(source);
  if (type === "MC") return choiceQuestion(source);
  if (type === "Matrix") return matrixQuestion(source);
  if (type === "TE") return textEntry(source, settings);
  if (type === "RO") {
    const { choices, map } = readChoiceList(ctx, payload, "Choices", "c", { qid });
    if (choices.length === 0) return skip("it has no choices");
    const question: QuestionInput = { ...base(), type: "ranking", choices };
    return { question, target: { question: question.id, kind: "other" }, choiceIds: map };
  }
  return skip("Touchpoint has no equivalent question type");
}

function noteChoiceLogic({ qid, payload, ctx }: Source) {
  if (entriesOf(payload.Choices, undefined).some(([, item]) => item.DisplayLogic)) {
    ctx.log.skip(qid, `display logic on choices of ${qid}`, "Touchpoint shows every choice");
  }
}

function npsQuestion({ qid, payload, ctx, base }: Source): QualtricsQuestion {
  const entries = entriesOf(payload.Choices, payload.ChoiceOrder);
  const scores = new Map(entries.map(([key, item]) => [key, Number(item.Display ?? key)]));
  const sourceValues = npsSourceValues(payload.RecodeValues, scores, (message) =>
    ctx.log.warn(`Question ${qid}: ${message}`),
  );
  const labels = entriesOf(payload.ColumnLabels, undefined);
  const label = (index: number) =>
    readText(ctx, payload, sub("ColumnLabels", labels[index]?.[0] ?? String(index)));
  const [lowLabel, highLabel] = [label(0), label(1)];
  const question: QuestionInput = {
    ...base(),
    type: "nps",
    ...(lowLabel ? { lowLabel } : {}),
    ...(highLabel ? { highLabel } : {}),
    ...(sourceValues ? { sourceValues } : {}),
  };
  return { question, target: { question: question.id, kind: "number" }, choiceIds: new Map(), scores };
}

function choiceQuestion(source: Source): QualtricsQuestion | undefined {
  const { qid, payload, ctx, selector, base, skip } = source;
  const single = ["SAVR", "SAHR", "SACOL"].includes(selector);
  const dropdown = ["DL", "SB"].includes(selector);
  const multiple = ["MAVR", "MAHR", "MACOL", "MSB"].includes(selector);
  if (!single && !dropdown && !multiple) return skip("this multiple-choice layout is not supported");
  noteChoiceLogic(source);
  const { choices, map } = readChoiceList(ctx, payload, "Choices", "c", { qid });
  const all = entriesOf(payload.Choices, undefined);
  // A choice with a text box is Touchpoint's "Other" option, answered with the value "other" (see logic.ts).
  const textEntry = all.filter(([, item]) => item.TextEntry === true || item.TextEntry === "true");
  const otherKey = textEntry.length === 1 ? textEntry[0]?.[0] : undefined;
  const otherId = otherKey !== undefined ? map.get(otherKey) : undefined;
  const kept = choices.filter((choice) => choice.id !== otherId);
  if (otherKey !== undefined) map.set(otherKey, "other");
  for (const [key, item] of all) {
    if (item.ExclusiveAnswer)
      ctx.log.skip(qid, `exclusive choice ${key} of ${qid}`, "Touchpoint has no exclusive choice");
  }
  if (kept.length === 0) return skip("it has no choices");
  const allowOther = otherId !== undefined;
  const question: QuestionInput = multiple
    ? { ...base(), type: "multiple_choice", choices: kept, allowOther }
    : { ...base(), type: dropdown ? "dropdown" : "single_choice", choices: kept, allowOther };
  const target: AnswerTarget = {
    question: question.id,
    kind: multiple ? "multiple" : "single",
    choices: map,
  };
  return { question, target, choiceIds: map };
}

function matrixQuestion(source: Source): QualtricsQuestion | undefined {
  const { qid, payload, ctx, selector, subSelector, base, skip } = source;
  if (selector !== "Likert" || !["SingleAnswer", "MultipleAnswer", "DL"].includes(subSelector)) {
    return skip("only Likert matrices are supported");
  }
  noteChoiceLogic(source);
  const rows = readChoiceList(ctx, payload, "Choices", "r");
  const columns = readChoiceList(ctx, payload, "Answers", "c", { qid });
  if (rows.choices.length === 0 || columns.choices.length === 0) return skip("it has no rows or no columns");
  if (columns.choices.length === 1) {
    // One column means each row is ticked or not: a multiple choice over the rows.
    ctx.log.warn(`Matrix ${qid} has one column and became a multiple choice over its rows`);
    const question: QuestionInput = { ...base(), type: "multiple_choice", choices: rows.choices };
    const target: AnswerTarget = { question: question.id, kind: "multiple", choices: rows.map };
    return { question, target, choiceIds: rows.map, rowsAsChoices: true };
  }
  if (subSelector === "MultipleAnswer") {
    ctx.log.skip(
      qid,
      `several answers per row in ${qid}`,
      "Touchpoint's matrix takes one answer per row; imported as such",
    );
  }
  const question: QuestionInput = { ...base(), type: "matrix", rows: rows.choices, columns: columns.choices };
  const target: AnswerTarget = {
    question: question.id,
    kind: "matrix",
    choices: columns.map,
    rows: rows.map,
  };
  return { question, target, choiceIds: columns.map, rowIds: rows.map };
}

// Qualtrics asks for e-mail, phone, date and number as validated one-line text entries.
function textEntry({ selector, base, skip }: Source, settings: Json): QualtricsQuestion | undefined {
  if (!["SL", "ML", "ESTB"].includes(selector)) return skip("this text-entry layout is not supported");
  const make = (question: QuestionInput, kind: AnswerTarget["kind"]): QualtricsQuestion => ({
    question,
    target: { question: question.id, kind },
    choiceIds: new Map(),
  });
  const content = settings.Type === "ContentType" ? String(settings.ContentType ?? "") : "";
  if (content === "ValidEmail") return make({ ...base(), type: "email" }, "text");
  if (content === "ValidPhone" || content === "ValidUSPhone")
    return make({ ...base(), type: "phone" }, "text");
  if (content === "ValidDate") return make({ ...base(), type: "date" }, "text");
  if (content === "ValidNumber") {
    const limits = isJson(settings.ValidNumber) ? settings.ValidNumber : {};
    const num = (value: unknown) =>
      value === "" || value === undefined || !Number.isFinite(Number(value)) ? undefined : Number(value);
    return make({ ...base(), type: "number", min: num(limits.Min), max: num(limits.Max) }, "number");
  }
  return make({ ...base(), type: "text", multiline: selector !== "SL" }, "text");
}
