// Segments: rule sets over customers' attributes, tags, consent, latest scores and behaviour. The server
// compiles them to SQL (never loads customers into memory); the dashboard's segment builder edits them.
import { z } from "zod";
import { keySchema } from "../surveys/conditions.ts";
import { sentimentSchema } from "../text/sentiment.ts";
import { consentChannelSchema, tagSchema } from "./customer-shapes.ts";
import { INTERACTION_OUTCOMES, interactionChannelSchema } from "./interaction-shapes.ts";

export const SEGMENT_COMPARISONS = ["eq", "neq", "gt", "gte", "lt", "lte"] as const;
const comparison = z.enum(SEGMENT_COMPARISONS);

export const SCORE_METRICS = ["nps", "csat", "ces"] as const;
export type ScoreMetric = (typeof SCORE_METRICS)[number];

export const segmentRuleSchema = z.discriminatedUnion("kind", [
  /**
   * An attribute compared with a value, or tested for presence. Compared as the workspace defines it:
   * numbers numerically, dates ("YYYY-MM-DD") as dates, text exactly (eq, neq) or folded (contains: no
   * case, no diacritics), booleans with eq and neq. neq also matches customers without the attribute.
   */
  z.strictObject({
    kind: z.literal("attribute"),
    key: keySchema,
    op: z.enum([...SEGMENT_COMPARISONS, "contains", "exists", "not_exists"]),
    value: z.union([z.string().max(2000), z.number(), z.boolean()]).optional(),
  }),
  z.strictObject({ kind: z.literal("tag"), tag: tagSchema, has: z.boolean().default(true) }),
  /** Consent on a channel; a customer with no consent recorded there has not granted it. */
  z.strictObject({ kind: z.literal("consent"), channel: consentChannelSchema, granted: z.boolean() }),
  /** The customer's latest score of a metric ("last NPS ≤ 6"); customers without one do not match. */
  z.strictObject({
    kind: z.literal("score"),
    metric: z.enum(SCORE_METRICS),
    op: comparison,
    value: z.number(),
  }),
  /**
   * At least `minCount` interactions in the last `withinDays` days (periods of 24 hours back from now,
   * now included), optionally of one outcome, channel, type.
   */
  z.strictObject({
    kind: z.literal("interactions"),
    minCount: z.number().int().min(1).max(100_000),
    withinDays: z.number().int().min(1).max(3650),
    outcome: z.enum(INTERACTION_OUTCOMES).optional(),
    channel: interactionChannelSchema.optional(),
    type: z.string().min(1).max(64).optional(),
  }),
  /**
   * At least `minCount` analysed texts of this sentiment (open-text answers, interaction notes) given in the
   * last `withinDays` days, windowed like `interactions`: "negative feedback in the last 90 days".
   */
  z.strictObject({
    kind: z.literal("feedback"),
    sentiment: sentimentSchema,
    withinDays: z.number().int().min(1).max(3650),
    minCount: z.number().int().min(1).max(100_000).default(1),
  }),
]);
export type SegmentRule = z.infer<typeof segmentRuleSchema>;

export const segmentDefinitionSchema = z.strictObject({
  match: z.enum(["all", "any"]).default("all"),
  rules: z.array(segmentRuleSchema).min(1).max(20),
});
export type SegmentDefinition = z.infer<typeof segmentDefinitionSchema>;
