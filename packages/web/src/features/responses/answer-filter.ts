// The answer filter of the responses list as the API reads it (`answer=<questionId>:<value>`): choice ids
// separated by commas, a range `min..max` with either end open, or an NPS group; see docs/surveys.md.
import type { Question } from "@touchpoint/core";

export type ScaleQuestion = Extract<Question, { type: "nps" | "csat" | "ces" | "rating" | "number" }>;
export type ChoiceQuestion = Extract<Question, { type: "single_choice" | "dropdown" | "multiple_choice" }>;

const SCALE_TYPES: Question["type"][] = ["nps", "csat", "ces", "rating", "number"];
const CHOICE_TYPES: Question["type"][] = ["single_choice", "dropdown", "multiple_choice"];

export const isScaleQuestion = (question: Question): question is ScaleQuestion =>
  SCALE_TYPES.includes(question.type);
export const isChoiceQuestion = (question: Question): question is ChoiceQuestion =>
  CHOICE_TYPES.includes(question.type);
export const filterableQuestions = (questions: Question[]) =>
  questions.filter((question) => isScaleQuestion(question) || isChoiceQuestion(question));

/** NPS groups (Reichheld 2003): 0–6 detractors, 7–8 passives, 9–10 promoters. */
export const NPS_GROUP_RANGES = { detractor: [0, 6], passive: [7, 8], promoter: [9, 10] } as const;
export type NpsGroup = keyof typeof NPS_GROUP_RANGES;
export const NPS_GROUPS = Object.keys(NPS_GROUP_RANGES) as NpsGroup[];

export interface Range {
  min: number | null;
  max: number | null;
}

const isNpsGroup = (value: string): value is NpsGroup => value in NPS_GROUP_RANGES;
const bound = (text: string | undefined) => (text === undefined || text === "" ? null : Number(text));

/** The bounds a value names; an NPS group gives its own, anything unreadable gives none. */
export function rangeOf(value: string): Range {
  if (isNpsGroup(value)) {
    const [min, max] = NPS_GROUP_RANGES[value];
    return { min, max };
  }
  const [low, high] = value.includes("..") ? value.split("..") : [value, value];
  const range = { min: bound(low), max: bound(high) };
  return Number.isNaN(range.min) || Number.isNaN(range.max) ? { min: null, max: null } : range;
}

/** `min..max` with an open end left empty; nothing when both ends are open. */
export function rangeValue({ min, max }: Range): string {
  if (min === null && max === null) return "";
  return `${min ?? ""}..${max ?? ""}`;
}

/** The NPS group whose bounds the value names exactly, so `0..6` reads as detractors too. */
export function npsGroupOf(value: string): NpsGroup | null {
  const { min, max } = rangeOf(value);
  return (
    NPS_GROUPS.find((group) => NPS_GROUP_RANGES[group][0] === min && NPS_GROUP_RANGES[group][1] === max) ??
    null
  );
}

export const choicesOf = (value: string) => value.split(",").filter(Boolean);

/** The ends of a question's scale, to bound the range inputs; a number question may have none. */
export function scaleOf(question: ScaleQuestion): Partial<Range> & { decimals: boolean } {
  switch (question.type) {
    case "nps":
      return { min: 0, max: 10, decimals: false };
    case "csat":
      return { min: 1, max: 5, decimals: false };
    case "ces":
      return { min: 1, max: 7, decimals: false };
    case "rating":
      return { min: 1, max: question.points, decimals: false };
    case "number":
      return { min: question.min ?? null, max: question.max ?? null, decimals: !question.integer };
  }
}
