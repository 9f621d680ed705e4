// Question types of a survey, one zod schema each; `type` tells them apart.
import { z } from "zod";
import { conditionSchema, keySchema } from "./conditions.ts";
import { localizedTextSchema } from "./localized-text.ts";

/** The value another tool writes in its response exports; kept by survey import, never used in answers. */
const sourceValueSchema = z.string().min(1).max(50);

export const choiceSchema = z.strictObject({
  id: keySchema,
  label: localizedTextSchema,
  /** What the source tool's data export writes for this choice (a Qualtrics recode value: "-1"). */
  sourceValue: sourceValueSchema.optional(),
});
export type Choice = z.infer<typeof choiceSchema>;
const choices = z.array(choiceSchema).min(1).max(200);

const base = {
  id: keySchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  required: z.boolean().default(false),
  showIf: conditionSchema.optional(),
};

/** Labels under the two ends of a scale ("Not at all likely" … "Extremely likely"). */
const scaleLabels = { lowLabel: localizedTextSchema.optional(), highLabel: localizedTextSchema.optional() };

export const npsQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("nps"),
  ...scaleLabels,
  /** Source tool's export value → score, when they differ (Qualtrics NPS recoded 1–11: {"11": 10}). */
  sourceValues: z.record(sourceValueSchema, z.number().int().min(0).max(10)).optional(),
});
/** CSAT: 1–5, 5 = very satisfied. */
export const csatQuestionSchema = z.strictObject({ ...base, type: z.literal("csat"), ...scaleLabels });
/** CES 7-point agreement with "The company made it easy for me to handle my request"; 7 = strongly agree. */
export const cesQuestionSchema = z.strictObject({ ...base, type: z.literal("ces"), ...scaleLabels });
export const ratingQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("rating"),
  style: z.enum(["stars", "numbers", "smileys"]).default("stars"),
  points: z.number().int().min(3).max(10).default(5),
  ...scaleLabels,
});
/** Goal completion: what the customer came to do (optional intent) and whether they achieved it. */
export const goalCompletionQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("goal_completion"),
  intentChoices: choices.optional(),
  achievedLabel: localizedTextSchema.optional(),
});
export const singleChoiceQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("single_choice"),
  choices,
  allowOther: z.boolean().default(false),
});
export const multipleChoiceQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("multiple_choice"),
  choices,
  allowOther: z.boolean().default(false),
  minSelected: z.number().int().min(0).optional(),
  maxSelected: z.number().int().min(1).optional(),
});
export const dropdownQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("dropdown"),
  choices,
  allowOther: z.boolean().default(false),
});
/** Matrix / Likert: one column (scale point) per row. */
export const matrixQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("matrix"),
  rows: choices,
  columns: choices,
});
export const rankingQuestionSchema = z.strictObject({ ...base, type: z.literal("ranking"), choices });
export const textQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("text"),
  multiline: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(20_000).default(5_000),
  placeholder: localizedTextSchema.optional(),
});
export const numberQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("number"),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(false),
});
export const dateQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("date"),
  min: z.iso.date().optional(),
  max: z.iso.date().optional(),
});
export const emailQuestionSchema = z.strictObject({ ...base, type: z.literal("email") });
export const phoneQuestionSchema = z.strictObject({ ...base, type: z.literal("phone") });
export const consentQuestionSchema = z.strictObject({
  ...base,
  type: z.literal("consent"),
  text: localizedTextSchema,
});

export const questionSchema = z.discriminatedUnion("type", [
  npsQuestionSchema,
  csatQuestionSchema,
  cesQuestionSchema,
  ratingQuestionSchema,
  goalCompletionQuestionSchema,
  singleChoiceQuestionSchema,
  multipleChoiceQuestionSchema,
  dropdownQuestionSchema,
  matrixQuestionSchema,
  rankingQuestionSchema,
  textQuestionSchema,
  numberQuestionSchema,
  dateQuestionSchema,
  emailQuestionSchema,
  phoneQuestionSchema,
  consentQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];
export const QUESTION_TYPES = questionSchema.options.map(
  (option) => option.shape.type.value,
) as QuestionType[];
