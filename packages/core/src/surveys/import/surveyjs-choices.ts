// SurveyJS choice lists (choices, matrix rows and columns) and rating scales in Touchpoint's terms.
import type { LocalizedText } from "../localized-text.ts";
import type { AnswerTarget } from "./answer-conditions.ts";
import type { ChoiceInput } from "./finish-import.ts";
import { KeyAllocator } from "./keys.ts";
import { standardText } from "./standard-texts.ts";
import type { SurveyJsContext } from "./surveyjs-questions.ts";
import { isJson, type TextReader } from "./surveyjs-texts.ts";

type Reader = { get(key: string): unknown };
type Item = { value: string; label: LocalizedText | undefined; conditional: boolean };
export type ReadChoices = { choices: ChoiceInput[]; map: Map<string, string>; allowOther: boolean };

const MAX_CHOICES = 200;

function readItem(item: unknown, texts: TextReader): Item | undefined {
  if (typeof item === "string") {
    // Old SurveyJS files write "value|text".
    const bar = item.indexOf("|");
    if (bar > 0)
      return { value: item.slice(0, bar), label: texts.read(item.slice(bar + 1)), conditional: false };
    return { value: item, label: texts.read(item), conditional: false };
  }
  if (typeof item === "number" || typeof item === "boolean") {
    return { value: String(item), label: texts.read(String(item)), conditional: false };
  }
  if (!isJson(item) || item.value === undefined || item.value === null) return undefined;
  return {
    value: String(item.value),
    label: texts.read(item.text) ?? texts.read(String(item.value)),
    conditional: item.visibleIf !== undefined || item.enableIf !== undefined,
  };
}

/** The choices of a list; undefined (and logged) when the list is empty or loaded from elsewhere. */
export function readChoices(
  name: string,
  type: string,
  r: Reader,
  ctx: SurveyJsContext,
  key: "choices" | "rows" | "columns" = "choices",
): ReadChoices | undefined {
  const { texts, log } = ctx;
  const raw = r.get(key);
  let items = (Array.isArray(raw) ? raw : [])
    .map((item) => readItem(item, texts))
    .filter((item) => item !== undefined);
  if (key === "choices" && items.length === 0) items = generatedItems(r, texts);
  if (key === "choices" && r.get("choicesByUrl") !== undefined) {
    log.skip(name, `choicesByUrl of question ${name}`, "Touchpoint choices are part of the survey");
  }
  if (items.length === 0) {
    log.skip(name, `question ${name} (${type})`, `it has no ${key} in the file`);
    return undefined;
  }
  if (items.length > MAX_CHOICES) {
    log.skip(
      name,
      `${items.length - MAX_CHOICES} ${key} of question ${name}`,
      `Touchpoint allows ${MAX_CHOICES}`,
    );
    items = items.slice(0, MAX_CHOICES);
  }
  if (items.some((item) => item.conditional)) {
    log.skip(name, `visibleIf/enableIf on ${key} of question ${name}`, "Touchpoint shows every choice");
  }
  const ids = new KeyAllocator(key === "rows" ? "r" : "c");
  const map = new Map<string, string>();
  const choices = items.map((item) => {
    const id = ids.allocate(item.value);
    map.set(item.value, id);
    return { id, label: item.label ?? { [texts.defaultLanguage]: item.value } };
  });
  if (key !== "choices") return { choices, map, allowOther: false };
  const allowOther = r.get("hasOther") === true || r.get("showOtherItem") === true;
  // Both tools answer "other" with the value "other" (see logic.ts), so logic on it carries over as is.
  if (allowOther) map.set("other", "other");
  if (r.get("hasNone") === true || r.get("showNoneItem") === true) {
    const id = ids.allocate("none");
    map.set("none", id);
    choices.push({ id, label: texts.read(r.get("noneText")) ?? standardText("none", texts.languages) });
    if (type === "checkbox" || type === "tagbox") {
      log.skip(
        name,
        `"None" of question ${name} clearing the other choices`,
        "Touchpoint has no exclusive choice",
      );
    }
  }
  return { choices, map, allowOther };
}

// Dropdowns may list numbers by range instead of by item (choicesMin 1, choicesMax 50).
function generatedItems(r: Reader, texts: TextReader): Item[] {
  const min = toNumber(r.get("choicesMin"));
  const max = toNumber(r.get("choicesMax"));
  const step = toNumber(r.get("choicesStep")) ?? 1;
  if (min === undefined || max === undefined || step <= 0 || (max - min) / step > MAX_CHOICES) return [];
  const items: Item[] = [];
  for (let n = min; n <= max; n += step)
    items.push({ value: String(n), label: texts.read(String(n)), conditional: false });
  return items;
}

export const toNumber = (value: unknown): number | undefined => {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : undefined;
};

type RatingQuestion =
  | { type: "nps"; lowLabel?: LocalizedText; highLabel?: LocalizedText }
  | {
      type: "rating";
      points: number;
      style: "stars" | "numbers" | "smileys";
      lowLabel?: LocalizedText;
      highLabel?: LocalizedText;
    }
  | { type: "single_choice"; choices: ChoiceInput[] };

/**
 * A 0–10 scale is NPS; a 1–N scale (3 ≤ N ≤ 10) is a rating; any other scale keeps its exact values as a
 * single choice, so that logic on those values still holds. CSAT and CES are never guessed from wording.
 */
export function readRating(
  name: string,
  r: Reader,
  ctx: SurveyJsContext,
): { question: RatingQuestion; target: Omit<AnswerTarget, "question"> } {
  const { texts } = ctx;
  const listed = (Array.isArray(r.get("rateValues")) ? (r.get("rateValues") as unknown[]) : [])
    .map((item) => readItem(item, texts))
    .filter((item) => item !== undefined);
  const min = toNumber(r.get("rateMin")) ?? 1;
  const step = toNumber(r.get("rateStep")) ?? 1;
  const count = toNumber(r.get("rateCount"));
  const max = toNumber(r.get("rateMax")) ?? (count ? min + (count - 1) * step : 5);
  const values = listed.length > 0 ? listed.map((item) => item.value) : range(min, max, step).map(String);
  const numbers = values.map(Number);
  const labels = {
    lowLabel: texts.read(r.get("minRateDescription") ?? r.get("mininumRateDescription")),
    highLabel: texts.read(r.get("maxRateDescription") ?? r.get("maximumRateDescription")),
  };
  const withLabels = <T extends object>(question: T) => ({
    ...question,
    ...(labels.lowLabel ? { lowLabel: labels.lowLabel } : {}),
    ...(labels.highLabel ? { highLabel: labels.highLabel } : {}),
  });
  const rateType = r.get("rateType");
  const consecutiveFrom = (first: number) => numbers.every((n, i) => n === first + i);
  const customLabels = listed.some((item) => item.label && Object.values(item.label)[0] !== item.value);
  if (numbers.length === 11 && consecutiveFrom(0)) {
    return { question: withLabels({ type: "nps" as const }), target: { kind: "number" } };
  }
  if (!customLabels && numbers.length >= 3 && numbers.length <= 10 && consecutiveFrom(1)) {
    const style = rateType === "stars" ? "stars" : rateType === "smileys" ? "smileys" : "numbers";
    return {
      question: withLabels({ type: "rating" as const, points: numbers.length, style }),
      target: { kind: "number" },
    };
  }
  const ids = new KeyAllocator("c");
  const map = new Map<string, string>();
  const choices = (listed.length > 0 ? listed : values.map((value) => ({ value, label: undefined }))).map(
    (item) => {
      const id = ids.allocate(item.value);
      map.set(item.value, id);
      return { id, label: item.label ?? { [texts.defaultLanguage]: item.value } };
    },
  );
  ctx.log.warn(`Rating ${name} (values ${values.join(", ")}) became a single choice to keep its values`);
  return { question: { type: "single_choice", choices }, target: { kind: "single", choices: map } };
}

function range(min: number, max: number, step: number): number[] {
  if (step <= 0 || (max - min) / step > 100) return [];
  const values: number[] = [];
  for (let n = min; n <= max + 1e-9; n += step) values.push(Math.round(n * 1000) / 1000);
  return values;
}
