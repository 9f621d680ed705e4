// One SurveyJS question element to Touchpoint questions, with what its answers look like for logic.
import type { LocalizedText } from "../localized-text.ts";
import type { AnswerTarget } from "./answer-conditions.ts";
import type { ChoiceInput, QuestionInput } from "./finish-import.ts";
import type { ImportLog } from "./import-result.ts";
import type { KeyAllocator } from "./keys.ts";
import { standardText } from "./standard-texts.ts";
import { readChoices, readRating, toNumber } from "./surveyjs-choices.ts";
import { type Json, joinTexts, type TextReader } from "./surveyjs-texts.ts";

export type SurveyJsContext = { texts: TextReader; log: ImportLog; questionKeys: KeyAllocator };
/** A question element with what its enclosing panels contribute. */
export type SurveyJsElement = { json: Json; path: string; panelTitles: LocalizedText[] };
export type ConvertedQuestion = { question: QuestionInput; target: AnswerTarget; names: string[] };

// Layout and wording of buttons and errors: nothing a respondent's answers depend on.
const COSMETIC = new Set([
  "startWithNewLine",
  "width",
  "minWidth",
  "maxWidth",
  "titleLocation",
  "descriptionLocation",
  "hideNumber",
  "indent",
  "colCount",
  "renderAs",
  "state",
  "errorLocation",
  "size",
  "autoGrow",
  "allowResize",
  "displayMode",
  "rateDisplayMode",
  "scaleColorMode",
  "rateColorMode",
  "itemComponent",
  "separateSpecialChoices",
  "requiredErrorText",
  "otherText",
  "otherPlaceholder",
  "otherErrorText",
  "optionsCaption",
  "showOptionsCaption",
  "allowClear",
  "searchEnabled",
  "rows",
  "textUpdateMode",
  "dataList",
  "inputSize",
  "autocomplete",
  "rateDescriptionLocation",
  "displayRateDescriptionsAsExtremeItems",
  "placeholder",
]);
const COMMON = ["type", "name", "title", "description", "isRequired", "visibleIf", "visible", "valueName"];

const UNSUPPORTED: Record<string, string> = {
  html: "Touchpoint pages hold questions only; static HTML is not carried over",
  expression: "calculated values are not supported",
  image: "images are not supported",
  file: "file uploads are not supported",
  signaturepad: "signatures are not supported",
  imagepicker: "image choices are not supported",
  paneldynamic: "repeating panels are not supported",
  matrixdynamic: "matrices with cell editors are not supported",
  matrixdropdown: "matrices with cell editors are not supported",
};

type Reader = { get(key: string): unknown };

export function convertSurveyJsQuestion(element: SurveyJsElement, ctx: SurveyJsContext): ConvertedQuestion[] {
  const { json, path } = element;
  const type = String(json.type ?? "");
  const name = String(json.name ?? path);
  if (json.visible === false && !json.visibleIf) {
    ctx.log.skip(name, `question ${name} (${type})`, "it is always hidden (visible: false)");
    return [];
  }
  const used = new Set(COMMON);
  const r: Reader = {
    get: (key) => {
      used.add(key);
      return json[key];
    },
  };
  const converted = convertByType(type, name, element, r, ctx);
  if (!converted) return [];
  reportLeftovers(json, name, used, ctx.log);
  return converted;
}

function convertByType(
  type: string,
  name: string,
  element: SurveyJsElement,
  r: Reader,
  ctx: SurveyJsContext,
): ConvertedQuestion[] | undefined {
  const base = () => baseOf(name, element, r, ctx);
  const one = (question: QuestionInput, target: Omit<AnswerTarget, "question">) => [
    { question, target: { ...target, question: question.id }, names: [name] },
  ];
  switch (type) {
    case "text":
      return textQuestion(name, element, r, ctx, base);
    case "comment":
      return one({ ...base(), type: "text", multiline: true, ...textLimits(r, ctx) }, { kind: "text" });
    case "radiogroup":
    case "dropdown":
    case "checkbox":
    case "tagbox":
    case "ranking": {
      const read = readChoices(name, type, r, ctx);
      if (!read) return undefined;
      const { choices, map, allowOther } = read;
      if (type === "ranking") return one({ ...base(), type: "ranking", choices }, { kind: "other" });
      if (type === "radiogroup") {
        return one(
          { ...base(), type: "single_choice", choices, allowOther },
          { kind: "single", choices: map },
        );
      }
      if (type === "dropdown") {
        return one({ ...base(), type: "dropdown", choices, allowOther }, { kind: "single", choices: map });
      }
      const limits = {
        minSelected: toNumber(r.get("minSelectedChoices")),
        maxSelected: toNumber(r.get("maxSelectedChoices")) || undefined,
      };
      return one(
        { ...base(), type: "multiple_choice", choices, allowOther, ...limits },
        { kind: "multiple", choices: map },
      );
    }
    case "boolean": {
      const languages = ctx.texts.languages;
      const yes = ctx.texts.read(r.get("labelTrue")) ?? standardText("yes", languages);
      const no = ctx.texts.read(r.get("labelFalse")) ?? standardText("no", languages);
      const choices: ChoiceInput[] = [
        { id: "yes", label: yes },
        { id: "no", label: no },
      ];
      const map = new Map([
        [String(r.get("valueTrue") ?? true), "yes"],
        [String(r.get("valueFalse") ?? false), "no"],
      ]);
      return one({ ...base(), type: "single_choice", choices }, { kind: "single", choices: map });
    }
    case "rating": {
      const rating = readRating(name, r, ctx);
      return one({ ...base(), ...rating.question } as QuestionInput, rating.target);
    }
    case "matrix": {
      const columns = readChoices(name, "matrix", r, ctx, "columns");
      const rows = readChoices(name, "matrix", r, ctx, "rows");
      if (!columns || !rows) return undefined;
      const question: QuestionInput = {
        ...base(),
        type: "matrix",
        rows: rows.choices,
        columns: columns.choices,
      };
      if (r.get("isAllRowRequired") === true) question.required = true;
      return one(question, { kind: "matrix", choices: columns.map, rows: rows.map });
    }
    case "multipletext":
      return splitMultipleText(name, element, r, ctx);
    default:
      ctx.log.skip(
        name,
        `question ${name} (${type || "no type"})`,
        UNSUPPORTED[type] ?? "Touchpoint has no equivalent question type",
      );
      return undefined;
  }
}

function baseOf(name: string, element: SurveyJsElement, r: Reader, ctx: SurveyJsContext) {
  const { texts } = ctx;
  const raw = r.get("title");
  // SurveyJS shows the name of an untitled question; a title left blank on purpose (" ") usually sits
  // under a panel that carries the question's wording.
  const panels = raw !== undefined ? joinTexts(element.panelTitles, texts.defaultLanguage) : undefined;
  const title = texts.read(raw) ?? panels ?? { [texts.defaultLanguage]: name };
  const description = texts.read(r.get("description"));
  return {
    id: ctx.questionKeys.allocate(name),
    title: title[texts.defaultLanguage] ? title : { ...title, [texts.defaultLanguage]: name },
    ...(description ? { description } : {}),
    required: r.get("isRequired") === true,
  };
}

function textLimits(r: Reader, ctx: SurveyJsContext) {
  const maxLength = toNumber(r.get("maxLength"));
  const placeholder = ctx.texts.read(r.get("placeholder"));
  return {
    ...(maxLength && maxLength > 0 ? { maxLength: Math.min(maxLength, 20_000) } : {}),
    ...(placeholder ? { placeholder } : {}),
  };
}

function textQuestion(
  name: string,
  element: SurveyJsElement,
  r: Reader,
  ctx: SurveyJsContext,
  base: () => ReturnType<typeof baseOf>,
): ConvertedQuestion[] | undefined {
  const inputType = String(r.get("inputType") ?? "text");
  const validators = Array.isArray(element.json.validators) ? element.json.validators : [];
  const emailValidated = validators.some((v: unknown) => (v as Json | null)?.type === "email");
  const make = (question: QuestionInput, kind: AnswerTarget["kind"]) => [
    { question, target: { question: question.id, kind }, names: [name] },
  ];
  if (inputType === "email" || (emailValidated && inputType === "text"))
    return make({ ...base(), type: "email" }, "text");
  if (inputType === "tel") return make({ ...base(), type: "phone" }, "text");
  if (inputType === "number") {
    const min = toNumber(r.get("min"));
    const max = toNumber(r.get("max"));
    return make({ ...base(), type: "number", min, max }, "number");
  }
  if (inputType === "date") {
    const isoDate = (value: unknown) =>
      typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
    return make({ ...base(), type: "date", min: isoDate(r.get("min")), max: isoDate(r.get("max")) }, "text");
  }
  if (inputType === "text" || inputType === "url" || inputType === "search") {
    return make({ ...base(), type: "text", ...textLimits(r, ctx) }, "text");
  }
  ctx.log.skip(name, `question ${name} (text, inputType ${inputType})`, "Touchpoint has no equivalent input");
  return undefined;
}

// Touchpoint has no grouped text boxes; each box becomes a text question of its own.
function splitMultipleText(
  name: string,
  element: SurveyJsElement,
  r: Reader,
  ctx: SurveyJsContext,
): ConvertedQuestion[] | undefined {
  const items = (Array.isArray(r.get("items")) ? (r.get("items") as unknown[]) : []).filter(
    (item): item is Json => typeof item === "object" && item !== null,
  );
  if (items.length === 0) {
    ctx.log.skip(name, `question ${name} (multipletext)`, "it has no items");
    return undefined;
  }
  const parent = baseOf(name, element, r, ctx);
  ctx.log.warn(`Question ${name} (multipletext) became ${items.length} text questions`);
  return items.map((item) => {
    const itemName = String(item.name ?? "item");
    const itemTitle = ctx.texts.read(item.title) ?? { [ctx.texts.defaultLanguage]: itemName };
    const title = joinTexts([parent.title, itemTitle], ctx.texts.defaultLanguage) ?? itemTitle;
    const isNumber = item.inputType === "number";
    const common = {
      id: ctx.questionKeys.allocate(`${name}_${itemName}`),
      title,
      required: item.isRequired === true,
    };
    const question: QuestionInput = isNumber
      ? { ...common, type: "number" }
      : item.inputType === "email"
        ? { ...common, type: "email" }
        : { ...common, type: "text" };
    return {
      question,
      target: { question: question.id, kind: isNumber ? "number" : "text" },
      names: [`${name}.${itemName}`],
    };
  });
}

function reportLeftovers(json: Json, name: string, used: Set<string>, log: ImportLog) {
  for (const key of Object.keys(json)) {
    if (used.has(key) || COSMETIC.has(key)) continue;
    if (key === "choicesOrder" && (json[key] === "none" || json[key] === "")) continue;
    if (key === "validators" && Array.isArray(json.validators)) {
      for (const validator of json.validators as unknown[]) {
        const type = String((validator as Json | null)?.type ?? "unknown");
        // An e-mail validator on a one-line text made it an email question.
        const plainText =
          json.type === "text" && ["text", "email", undefined].includes(json.inputType as string);
        if (type === "email" && plainText) continue;
        log.skip(name, `SurveyJS ${type} validator`, "Touchpoint checks answers by question type only");
      }
      continue;
    }
    log.skip(name, `property "${key}" of question ${name}`, "Touchpoint has no equivalent");
  }
}
