// Conditions of survey logic (show-if, jump-to, quotas): a small tree over answers, hidden fields and
// customer attributes that core evaluates the same way in the server, the hosted page and the widget.
import { z } from "zod";

export const keySchema = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, "letters, digits and _, starting with a letter (at most 64)");

export const COMPARISONS = [
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "in",
  "not_in",
  "contains",
  "answered",
  "not_answered",
] as const;
export const comparisonSchema = z.enum(COMPARISONS);
export type Comparison = z.infer<typeof comparisonSchema>;

const scalar = z.union([z.string().max(1000), z.number(), z.boolean()]);
const operand = z.union([scalar, z.array(scalar).max(200)]).optional();

/** Where the compared value comes from. */
export const subjectSchema = z.discriminatedUnion("source", [
  z.strictObject({
    source: z.literal("answer"),
    question: keySchema,
    /** matrix row or goal part */ part: keySchema.optional(),
  }),
  z.strictObject({ source: z.literal("hidden"), field: keySchema }),
  z.strictObject({ source: z.literal("customer"), attribute: keySchema }),
]);
export type Subject = z.infer<typeof subjectSchema>;

export const comparisonConditionSchema = z.strictObject({
  subject: subjectSchema,
  op: comparisonSchema,
  value: operand,
});

export type Condition =
  | z.infer<typeof comparisonConditionSchema>
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    comparisonConditionSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** The ids of the questions whose answers a condition reads. */
export function questionsReadBy(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(questionsReadBy);
  if ("any" in condition) return condition.any.flatMap(questionsReadBy);
  if ("not" in condition) return questionsReadBy(condition.not);
  return condition.subject.source === "answer" ? [condition.subject.question] : [];
}
