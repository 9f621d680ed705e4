// One LimeSurvey question (by its one-letter type) to a Touchpoint question, with what its answer codes
// become, so relevance equations can be translated afterwards.
import type { LocalizedText } from "../localized-text.ts";
import type { AnswerTarget } from "./answer-conditions.ts";
import type { ChoiceInput, QuestionInput } from "./finish-import.ts";
import { htmlToText } from "./html-text.ts";
import type { ImportLog } from "./import-result.ts";
import { KeyAllocator } from "./keys.ts";
import type { LsItem, LsQuestion, Texts } from "./limesurvey-document.ts";
import { standardText } from "./standard-texts.ts";

export type LimeSurveyContext = {
  defaultLanguage: string;
  /** Source language code → Touchpoint language, for the languages kept. */
  languages: Map<string, string>;
  log: ImportLog;
  questionKeys: KeyAllocator;
};

export type LimeSurveyQuestion = {
  question: QuestionInput;
  target: AnswerTarget;
  /** M and P: subquestion code → choice id, for `Q1_SQ001 == "Y"`. */
  ticks?: Map<string, string>;
};

const UNSUPPORTED: Record<string, string> = {
  X: "text display is not a question",
  "*": "equations are not supported",
  "|": "file uploads are not supported",
  I: "the language switch is part of Touchpoint's page",
  K: "multiple numerical input is not supported",
  Q: "multiple short text is not supported",
  ":": "arrays of numbers are not supported",
  ";": "arrays of texts are not supported",
  "1": "dual-scale arrays are not supported",
};

// Fixed scales of LimeSurvey's array types; English labels, as LimeSurvey's own file carries none.
const FIXED_COLUMNS: Record<string, [string, string][]> = {
  C: [
    ["Y", "Yes"],
    ["N", "No"],
    ["U", "Uncertain"],
  ],
  E: [
    ["I", "Increase"],
    ["S", "Same"],
    ["D", "Decrease"],
  ],
};

export function localized(ctx: LimeSurveyContext, texts: Texts): LocalizedText | undefined {
  const text: LocalizedText = {};
  for (const [source, value] of texts) {
    const language = ctx.languages.get(source);
    const cleaned = htmlToText(value);
    if (language && cleaned) text[language] = cleaned;
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

function choicesOf(ctx: LimeSurveyContext, items: LsItem[], prefix: string) {
  const ids = new KeyAllocator(prefix);
  const map = new Map<string, string>();
  const choices: ChoiceInput[] = items.slice(0, 200).map((item) => {
    const id = ids.allocate(item.code);
    map.set(item.code, id);
    return { id, label: localized(ctx, item.texts) ?? { [ctx.defaultLanguage]: item.code } };
  });
  return { choices, map };
}

function fixedChoices(pairs: [string, LocalizedText][], idOf: (code: string) => string) {
  const map = new Map(pairs.map(([code]) => [code, idOf(code)]));
  return { choices: pairs.map(([code, label]) => ({ id: idOf(code), label })), map };
}

const numberAttribute = (question: LsQuestion, name: string) => {
  const value = question.attributes.get(name);
  return value !== undefined && value !== "" && Number.isFinite(Number(value)) ? Number(value) : undefined;
};

export function convertLimeSurveyQuestion(
  question: LsQuestion,
  ctx: LimeSurveyContext,
): LimeSurveyQuestion | undefined {
  const { type, code } = question;
  const what = `question ${code} (type ${type})`;
  const skip = (reason: string) => {
    ctx.log.skip(code, what, reason);
    return undefined;
  };
  const unsupported = UNSUPPORTED[type];
  if (unsupported) return skip(unsupported);
  if (question.attributes.get("hidden") === "1") return skip("it is always hidden in LimeSurvey");
  const title = localized(ctx, question.question);
  const description = localized(ctx, question.help);
  const base = () => ({
    id: ctx.questionKeys.allocate(code),
    title: title?.[ctx.defaultLanguage] ? title : { ...title, [ctx.defaultLanguage]: code },
    ...(description ? { description } : {}),
    required: question.mandatory === "Y",
  });
  const make = (
    input: QuestionInput,
    target: Omit<AnswerTarget, "question">,
    ticks?: Map<string, string>,
  ) => ({
    question: input,
    target: { ...target, question: input.id },
    ...(ticks ? { ticks } : {}),
  });
  const all = [...ctx.languages.values()];
  const scale0 = question.answers.filter((answer) => answer.scale === 0);
  const rows = question.subquestions.filter((item) => item.scale === 0);

  switch (type) {
    case "L":
    case "!":
    case "O": {
      if (scale0.length === 0) return skip("it has no answer options");
      if (type === "O")
        ctx.log.skip(code, `comment box of question ${code}`, "Touchpoint has no comment beside a choice");
      const { choices, map } = choicesOf(ctx, scale0, "c");
      // LimeSurvey codes "Other" as -oth-; Touchpoint answers it with "other" (see logic.ts).
      if (question.other) map.set("-oth-", "other");
      const input: QuestionInput = {
        ...base(),
        type: type === "!" ? "dropdown" : "single_choice",
        choices,
        allowOther: question.other,
      };
      return make(input, { kind: "single", choices: map });
    }
    case "M":
    case "P": {
      if (rows.length === 0) return skip("it has no subquestions");
      if (type === "P")
        ctx.log.skip(code, `comment boxes of question ${code}`, "Touchpoint has no comment beside a choice");
      const { choices, map } = choicesOf(ctx, rows, "c");
      if (question.other) map.set("other", "other");
      const limits = {
        minSelected: numberAttribute(question, "min_answers"),
        maxSelected: numberAttribute(question, "max_answers") || undefined,
      };
      const input: QuestionInput = {
        ...base(),
        type: "multiple_choice",
        choices,
        allowOther: question.other,
        ...limits,
      };
      return make(input, { kind: "multiple", choices: map }, map);
    }
    case "Y":
    case "G": {
      const pairs: [string, LocalizedText][] =
        type === "Y"
          ? [
              ["Y", standardText("yes", all)],
              ["N", standardText("no", all)],
            ]
          : [
              ["F", standardText("female", all)],
              ["M", standardText("male", all)],
            ];
      const ids: Record<string, string> = { Y: "yes", N: "no", F: "female", M: "male" };
      const { choices, map } = fixedChoices(pairs, (key) => ids[key] ?? key);
      return make({ ...base(), type: "single_choice", choices }, { kind: "single", choices: map });
    }
    case "5":
      return make({ ...base(), type: "rating", points: 5, style: "numbers" }, { kind: "number" });
    case "F":
    case "H":
    case "A":
    case "B":
    case "C":
    case "E": {
      if (rows.length === 0) return skip("it has no subquestions");
      const columns = arrayColumns(type, scale0, ctx);
      if (type === "C" || type === "E")
        ctx.log.warn(`The column labels of array ${code} are in English; translate them`);
      if (type === "H")
        ctx.log.warn(`Array ${code} showed its rows as columns; Touchpoint shows them as rows`);
      if (columns.choices.length === 0) return skip("it has no answer options");
      const rowChoices = choicesOf(ctx, rows, "r");
      const input: QuestionInput = {
        ...base(),
        type: "matrix",
        rows: rowChoices.choices,
        columns: columns.choices,
      };
      return make(input, { kind: "matrix", choices: columns.map, rows: rowChoices.map });
    }
    case "R": {
      if (scale0.length === 0) return skip("it has no answer options");
      return make(
        { ...base(), type: "ranking", choices: choicesOf(ctx, scale0, "c").choices },
        { kind: "other" },
      );
    }
    case "S":
    case "T":
    case "U": {
      const maxLength = numberAttribute(question, "maximum_chars");
      const limit = maxLength && maxLength > 0 ? { maxLength: Math.min(maxLength, 20_000) } : {};
      return make({ ...base(), type: "text", multiline: type !== "S", ...limit }, { kind: "text" });
    }
    case "N": {
      const input: QuestionInput = {
        ...base(),
        type: "number",
        min: numberAttribute(question, "min_num_value_n"),
        max: numberAttribute(question, "max_num_value_n"),
        integer: question.attributes.get("num_value_int_only") === "1",
      };
      return make(input, { kind: "number" });
    }
    case "D":
      return dateQuestion(question, ctx, base, skip);
    default:
      return skip("Touchpoint has no equivalent question type");
  }
}

// The columns of LimeSurvey's arrays: its answer options (F, H), or a fixed scale (A, B: 1–5 and 1–10;
// C: yes/no/uncertain; E: increase/same/decrease).
function arrayColumns(type: string, options: LsItem[], ctx: LimeSurveyContext) {
  if (type === "F" || type === "H") return choicesOf(ctx, options, "c");
  if (type === "A" || type === "B") {
    const points = Array.from({ length: type === "A" ? 5 : 10 }, (_, i) => String(i + 1));
    return fixedChoices(
      points.map((point) => [point, { [ctx.defaultLanguage]: point }]),
      (key) => `c${key}`,
    );
  }
  const languages = [...ctx.languages.values()];
  const labelled = (FIXED_COLUMNS[type] ?? []).map(([key, label]): [string, LocalizedText] => [
    key,
    Object.fromEntries(languages.map((language) => [language, label])),
  ]);
  return fixedChoices(labelled, (key) => key);
}

// LimeSurvey's date_format: lower-case d/m/y are the date, upper-case H/M/N the time of day.
function dateQuestion(
  question: LsQuestion,
  ctx: LimeSurveyContext,
  base: () => { id: string; title: LocalizedText; required: boolean },
  skip: (reason: string) => undefined,
): LimeSurveyQuestion | undefined {
  const format = question.attributes.get("date_format") ?? "";
  const hasDate = format === "" || /[dmy]/.test(format);
  const hasTime = /[HMN]/.test(format);
  if (!hasDate) return skip(`it asks for a time of day (${format.trim()}); Touchpoint dates have no time`);
  if (hasTime)
    ctx.log.skip(
      question.code,
      `time of day in ${question.code} (${format.trim()})`,
      "Touchpoint dates have no time",
    );
  const iso = (name: string) => {
    const value = question.attributes.get(name) ?? "";
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  const input: QuestionInput = { ...base(), type: "date", min: iso("date_min"), max: iso("date_max") };
  return { question: input, target: { question: input.id, kind: "text" } };
}
