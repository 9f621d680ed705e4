// Answers to survey questions: the canonical value of each question type, and the schema that checks and
// normalises one submitted answer against its question (used by the API, the hosted page and the widget).
import { z } from "zod";
import { emailSchema } from "../platform/schemas.ts";
import type { Choice, Question } from "./questions.ts";

/** Longest free-text "other" or goal intent; longer text belongs in a text question. */
export const OTHER_MAX_LENGTH = 500;

// Canonical shapes, as stored and as read back by clients. They check shape only; answerSchemaFor checks
// an answer against its question.
export const choiceAnswerSchema = z.union([
  z.strictObject({ choice: z.string() }),
  z.strictObject({ other: z.string() }),
]);
export type ChoiceAnswer = z.infer<typeof choiceAnswerSchema>;
export const multipleChoiceAnswerSchema = z.strictObject({
  choices: z.array(z.string()),
  other: z.string().optional(),
});
export type MultipleChoiceAnswer = z.infer<typeof multipleChoiceAnswerSchema>;
export const goalCompletionAnswerSchema = z.strictObject({
  achieved: z.boolean(),
  intent: z.string().optional(),
});
export type GoalCompletionAnswer = z.infer<typeof goalCompletionAnswerSchema>;
/** Row id → column id. */
export const matrixAnswerSchema = z.record(z.string(), z.string());
export type MatrixAnswer = z.infer<typeof matrixAnswerSchema>;

export const answerValueSchema = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  /** ranking, in rank order */ z.array(z.string()),
  choiceAnswerSchema,
  multipleChoiceAnswerSchema,
  goalCompletionAnswerSchema,
  matrixAnswerSchema,
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** null, undefined, "", [] and {} are "no answer"; false and 0 are answers. */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** The schema that validates one answer to `question` and returns its canonical value. */
export function answerSchemaFor(question: Question): z.ZodType<AnswerValue> {
  switch (question.type) {
    case "nps":
      return integerFrom(0, 10);
    case "csat":
      return integerFrom(1, 5);
    case "ces":
      return integerFrom(1, 7);
    case "rating":
      return integerFrom(1, question.points);
    case "goal_completion":
      return goalCompletionSchema(question.intentChoices);
    case "single_choice":
    case "dropdown":
      return singleChoiceSchema(question.choices, question.allowOther);
    case "multiple_choice":
      return multipleChoiceSchema(question);
    case "matrix":
      return matrixSchema(question.rows, question.columns);
    case "ranking":
      return rankingSchema(question.choices);
    case "text":
      return freeText(question.maxLength);
    case "number":
      return numberSchema(question);
    case "date":
      return dateSchema(question.min, question.max);
    case "email":
      return z
        .string({ error: "must be an email address" })
        .max(320, "must be an email address")
        .pipe(emailSchema);
    case "phone":
      return phoneSchema;
    case "consent":
      return question.required
        ? z.boolean({ error: "must be true or false" }).refine((accepted) => accepted, "must be accepted")
        : z.boolean({ error: "must be true or false" });
  }
}

// Issues of unrecognised keys get one clear message rather than zod's default English.
const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") return `unknown field: ${issue.keys.join(", ")}`;
      if (issue.code === "invalid_type") return "must be an object";
      return undefined;
    },
  });

/** Picks the schema by the value's shape, so the respondent sees that schema's errors, not "Invalid input". */
function dispatch<T>(pick: (value: unknown) => z.ZodType<T>) {
  return z.unknown().transform((value, ctx): T => {
    const result = pick(value).safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    }
    return z.NEVER;
  });
}

function integerFrom(min: number, max: number) {
  const message = `must be an integer from ${min} to ${max}`;
  return z.number({ error: message }).refine((n) => Number.isInteger(n) && n >= min && n <= max, message);
}

/** NFC so that "ả" typed on macOS and on Windows are the same text; trimmed only at the ends. */
function freeText(maxLength: number) {
  return z
    .string({ error: "must be text" })
    .transform((text) => text.normalize("NFC").trim())
    .pipe(z.string().max(maxLength, `must be at most ${maxLength} characters`));
}

const ids = (choices: Choice[]) => choices.map((choice) => choice.id);
const choiceIdOf = (choices: Choice[]) =>
  z.string({ error: "must be a choice id" }).refine((id) => ids(choices).includes(id), {
    message: `must be one of the choices: ${ids(choices).join(", ")}`,
    abort: true,
  });
const noOther = z.never({ error: 'this question does not accept an "other" answer' });
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function goalCompletionSchema(intentChoices: Choice[] | undefined) {
  const intent = intentChoices ? choiceIdOf(intentChoices) : freeText(OTHER_MAX_LENGTH);
  return strict({
    achieved: z.boolean({ error: "must be true or false" }),
    intent: intent.optional(),
  }).transform(
    ({ achieved, intent }): GoalCompletionAnswer => (intent ? { achieved, intent } : { achieved }),
  );
}

function singleChoiceSchema(choices: Choice[], allowOther: boolean) {
  const byChoice = strict({ choice: choiceIdOf(choices) });
  const byOther = strict({
    other: allowOther ? freeText(OTHER_MAX_LENGTH).pipe(z.string().min(1, "must not be empty")) : noOther,
  });
  return z.preprocess(
    (value) => (typeof value === "string" ? { choice: value } : value),
    dispatch<ChoiceAnswer>((value) => (isObject(value) && "other" in value ? byOther : byChoice)),
  );
}

function multipleChoiceSchema(question: Extract<Question, { type: "multiple_choice" }>) {
  const { choices, allowOther, minSelected, maxSelected } = question;
  const order = ids(choices);
  const shape = strict({
    choices: z.array(choiceIdOf(choices), { error: "must be a list of choice ids" }).default([]),
    other: allowOther ? freeText(OTHER_MAX_LENGTH).optional() : noOther.optional(),
  });
  const schema = shape.transform(({ choices: chosen, other }, ctx): MultipleChoiceAnswer => {
    if (new Set(chosen).size < chosen.length) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: "must not list a choice twice" });
    }
    // An "other" text counts as one selection, as it does on the page.
    const count = new Set(chosen).size + (other ? 1 : 0);
    if (count === 0) ctx.addIssue({ code: "custom", path: ["choices"], message: "must choose at least one" });
    else if (minSelected !== undefined && count < minSelected) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: `must choose at least ${minSelected}` });
    }
    if (maxSelected !== undefined && count > maxSelected) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: `must choose at most ${maxSelected}` });
    }
    // Definition order, so that two equal selections are equal values.
    const sorted = order.filter((id) => chosen.includes(id));
    return other ? { choices: sorted, other } : { choices: sorted };
  });
  return z.preprocess((value) => (Array.isArray(value) ? { choices: value } : value), schema);
}

function matrixSchema(rows: Choice[], columns: Choice[]) {
  const columnIds = ids(columns);
  const columnMessage = `must be one of the columns: ${columnIds.join(", ")}`;
  return z
    .record(z.string(), z.unknown(), { error: "must be an object of row id → column id" })
    .transform((value, ctx): MatrixAnswer => {
      for (const row of Object.keys(value)) {
        if (!rows.some((candidate) => candidate.id === row)) {
          ctx.addIssue({ code: "custom", path: [row], message: "no row has this id" });
        }
      }
      const answer: MatrixAnswer = {};
      for (const { id } of rows) {
        const column = Object.hasOwn(value, id) ? value[id] : undefined;
        // A row left empty is a row not answered, as on the page.
        if (column === undefined || column === null || column === "") continue;
        if (typeof column === "string" && columnIds.includes(column)) answer[id] = column;
        else ctx.addIssue({ code: "custom", path: [id], message: columnMessage });
      }
      return answer;
    });
}

function rankingSchema(choices: Choice[]) {
  const all = ids(choices);
  return z
    .array(z.string({ error: "must be a choice id" }), {
      error: "must be a list of choice ids in rank order",
    })
    .transform((ranked, ctx) => {
      ranked.forEach((id, i) => {
        if (!all.includes(id)) ctx.addIssue({ code: "custom", path: [i], message: "no choice has this id" });
        else if (ranked.indexOf(id) < i) {
          ctx.addIssue({ code: "custom", path: [i], message: "must not rank a choice twice" });
        }
      });
      const missing = all.filter((id) => !ranked.includes(id));
      if (missing.length > 0) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: `must rank every choice; missing: ${missing.join(", ")}`,
        });
      }
      return ranked;
    });
}

function numberSchema({ min, max, integer }: Extract<Question, { type: "number" }>) {
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : "";
  const message = `must be ${integer ? "an integer" : "a number"}${range}`;
  return z
    .number({ error: message })
    .refine(
      (n) =>
        (!integer || Number.isInteger(n)) &&
        (min === undefined || n >= min) &&
        (max === undefined || n <= max),
      message,
    );
}

function dateSchema(min: string | undefined, max: string | undefined) {
  const range =
    min && max ? ` from ${min} to ${max}` : min ? ` on or after ${min}` : max ? ` on or before ${max}` : "";
  const message = `must be a date like 2025-01-31${range}`;
  // ISO dates compare correctly as strings.
  return z
    .string({ error: message })
    .trim()
    .pipe(z.iso.date({ error: message }))
    .refine((date) => (!min || date >= min) && (!max || date <= max), message);
}

const PHONE_MESSAGE = "must be a phone number of 6 to 20 digits";
// Stored as given (trimmed); E.164 normalisation belongs to the customers module, which knows the country.
const phoneSchema = z
  .string({ error: PHONE_MESSAGE })
  .trim()
  .refine(
    (phone) => phone.length <= 40 && /^\+?\d{6,20}$/.test(phone.replace(/[\s.\-()]/g, "")),
    PHONE_MESSAGE,
  );
