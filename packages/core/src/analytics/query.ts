// Shapes of the analytics API (survey summary, analytics query, key drivers), shared by the server, which
// validates with them, and the dashboard, which builds requests and reads answers with them.
//
// Scales: NPS and net sentiment in [−100, 100]; proportions (csat, ces, top_box, goal_completion,
// response_rate) as percentages in [0, 100]; means in the question's own units; count is a plain count.
import { z } from "zod";
import { channelSchema } from "../surveys/api.ts";
import { keySchema } from "../surveys/conditions.ts";
import { languageSchema } from "../surveys/localized-text.ts";
import { QUESTION_TYPES } from "../surveys/questions.ts";
import { sentimentSchema } from "../text/sentiment.ts";

const isoDate = z.iso.date();

export const ANALYTICS_METRICS = [
  "nps",
  "csat",
  "ces",
  "mean",
  "top_box",
  "count",
  "response_rate",
  "goal_completion",
  "sentiment",
] as const;
export const analyticsMetricSchema = z.enum(ANALYTICS_METRICS);
export type AnalyticsMetric = z.infer<typeof analyticsMetricSchema>;

/** Where a metric's answers come from; touchpoint, stage and journey sources arrive with the journeys module. */
export const analyticsSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("survey_question"),
    surveyId: z.uuid(),
    /** Required by every metric but count and response_rate, which count responses and invitations. */
    questionId: keySchema.optional(),
  }),
  z.strictObject({ kind: z.literal("touchpoint"), touchpointId: z.uuid() }),
  z.strictObject({ kind: z.literal("stage"), stageId: z.uuid() }),
  z.strictObject({ kind: z.literal("journey"), journeyId: z.uuid() }),
]);
export type AnalyticsSource = z.infer<typeof analyticsSourceSchema>;

/** Every condition must hold; a list widens within itself (channels: web or app). */
export const analyticsFiltersSchema = z.strictObject({
  /** Inclusive local dates in the workspace's time zone, of the response's completion. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  channels: z.array(channelSchema).min(1).max(20).optional(),
  languages: z.array(languageSchema).min(1).max(50).optional(),
  /** Only responses of customers in this segment now. */
  segmentId: z.uuid().optional(),
  /** Customer attributes equal to these values (the response's customer profile). */
  attributes: z
    .array(z.strictObject({ key: keySchema, value: z.union([z.string().max(500), z.number(), z.boolean()]) }))
    .max(20)
    .optional(),
  /** Hidden fields of the response equal to these values. */
  hidden: z.record(z.string().min(1).max(100), z.string().max(500)).optional(),
  /** `questionId:value` pairs as in the responses list: `nps:0..6`, `nps:promoter`, `plan:gold,silver`. */
  answers: z
    .array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}:.+$/, "questionId:value"))
    .max(20)
    .optional(),
  /** Responses with an open-text answer analysed with one of these sentiments. */
  sentiment: z.array(sentimentSchema).min(1).max(3).optional(),
  /** Responses with an open-text answer mentioning one of these topic ids. */
  topics: z.array(z.string().min(1).max(100)).min(1).max(20).optional(),
});
export type AnalyticsFilters = z.infer<typeof analyticsFiltersSchema>;

/** One dimension per query; weeks start on Monday, days are the workspace's local days. */
export const analyticsGroupBySchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.enum(["day", "week", "month", "quarter", "channel", "language"]) }),
  /** One row per segment, in the order given: a response counts in every segment its customer is in. */
  z.strictObject({ kind: z.literal("segment"), segmentIds: z.array(z.uuid()).min(1).max(20) }),
  z.strictObject({ kind: z.literal("attribute"), key: keySchema }),
  z.strictObject({ kind: z.literal("hidden_field"), key: z.string().min(1).max(100) }),
  z.strictObject({ kind: z.enum(["touchpoint", "stage"]) }),
]);
export type AnalyticsGroupBy = z.infer<typeof analyticsGroupBySchema>;

export const analyticsCompareSchema = z.discriminatedUnion("kind", [
  /** The same number of days immediately before from..to (both needed). */
  z.strictObject({ kind: z.literal("previous_period") }),
  /**
   * The segment's responses against the rest in each group. With groupBy segment, segmentId is left out:
   * each segment row is set against the responses outside that segment.
   */
  z.strictObject({ kind: z.literal("segment"), segmentId: z.uuid().optional() }),
  /** A one-sample test against a target on the metric's scale (NPS 40, CSAT 85 %, a mean of 4.2). */
  z.strictObject({ kind: z.literal("target"), value: z.number().min(-1e9).max(1e9) }),
]);
export type AnalyticsCompare = z.infer<typeof analyticsCompareSchema>;

const confidenceSchema = z.number().min(0.5).max(0.999).default(0.95);

export const analyticsQueryInputSchema = z.strictObject({
  metric: analyticsMetricSchema,
  source: analyticsSourceSchema,
  filters: analyticsFiltersSchema.default({}),
  groupBy: analyticsGroupBySchema.optional(),
  compare: analyticsCompareSchema.optional(),
  /** Of the intervals; α = 1 − confidence for the tests. */
  confidence: confidenceSchema,
  /** Where figures are read: rollups when the filters allow (auto), or always the raw responses. */
  prefer: z.enum(["auto", "rollup", "raw"]).default("auto"),
});
export type AnalyticsQueryInput = z.input<typeof analyticsQueryInputSchema>;
export type AnalyticsQuery = z.output<typeof analyticsQueryInputSchema>;

/** A group's figure; a suppressed row (fewer responses than the anonymity threshold) carries no figure. */
export const analyticsRowSchema = z.object({
  /** The group's key (a date, a channel, a segment id, a hidden field's value); null when not grouped. */
  group: z.string().nullable(),
  value: z.number().nullable(),
  n: z.number().int().nullable(),
  ci_low: z.number().nullable(),
  ci_high: z.number().nullable(),
  suppressed: z.boolean().optional(),
  /** The other side of a comparison: the previous period, the rest of the group, or the target. */
  baseline: z.number().nullable().optional(),
  delta: z.number().nullable().optional(),
  p_value: z.number().nullable().optional(),
  significant: z.boolean().nullable().optional(),
});
export type AnalyticsRow = z.infer<typeof analyticsRowSchema>;

export const analyticsQueryResultSchema = z.object({
  metric: analyticsMetricSchema,
  source: z.enum(["rollup", "raw"]),
  /** How value reads: nps (−100..100), percent (0..100), units (the question's), count. */
  scale: z.enum(["nps", "percent", "units", "count"]),
  confidence: z.number(),
  /** The interval method behind ci_low / ci_high; null for count. */
  interval: z.string().nullable(),
  compare: z
    .object({
      kind: z.enum(["previous_period", "segment", "target"]),
      /** The test behind p_value. */
      test: z.string(),
      /** Holm's step-down correction when several groups are each compared, else none. */
      adjustment: z.enum(["holm", "none"]),
      /** The previous period's dates, for previous_period. */
      from: isoDate.optional(),
      to: isoDate.optional(),
    })
    .optional(),
  anonymityThreshold: z.number().int(),
  rows: z.array(analyticsRowSchema),
});
export type AnalyticsQueryResult = z.infer<typeof analyticsQueryResultSchema>;

export const analyticsSummaryQuerySchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  channel: channelSchema.optional(),
  language: languageSchema.optional(),
});
export type AnalyticsSummaryQuery = z.infer<typeof analyticsSummaryQuerySchema>;

const intervalSchema = z.object({ low: z.number(), high: z.number() });

/** The metric that fits a question type, with its interval at the requested confidence. */
export const analyticsSummaryMetricSchema = z.object({
  kind: z.enum(["nps", "csat", "ces", "mean", "goal_completion"]),
  value: z.number(),
  ci: intervalSchema.nullable(),
  /** CES: the mean on its 1–7 scale beside the % agreeing (5–7). */
  mean: z.number().optional(),
  meanCi: intervalSchema.nullable().optional(),
});

export const analyticsSummaryQuestionSchema = z.object({
  questionId: z.string(),
  type: z.enum(QUESTION_TYPES as [string, ...string[]]),
  title: z.string(),
  /** Completed responses that answered. */
  n: z.number().int(),
  /** Completed responses that did not answer (completed − answered). */
  skipped: z.number().int(),
  /** True when n is below the anonymity threshold: distribution and metric are then left out. */
  suppressed: z.boolean(),
  /** Score questions: answers per integer score ("0".."10"); choice questions: per choice id ("__other__"). */
  distribution: z.record(z.string(), z.number().int()).nullable(),
  metric: analyticsSummaryMetricSchema.nullable(),
});
export type AnalyticsSummaryQuestion = z.infer<typeof analyticsSummaryQuestionSchema>;

export const analyticsSummarySchema = z.object({
  surveyId: z.uuid(),
  source: z.enum(["rollup", "raw"]),
  confidence: z.number(),
  anonymityThreshold: z.number().int(),
  completion: z.object({
    /** Completed plus partial responses. */
    started: z.number().int(),
    completed: z.number().int(),
    /** completed / started, 0..100; null with nothing started. */
    completionRate: z.number().nullable(),
    /** Per question: responses (completed or partial) that answered it, over started, 0..100. */
    dropOff: z.array(z.object({ questionId: z.string(), answered: z.number().int(), rate: z.number() })),
    medianSeconds: z.number().nullable(),
  }),
  questions: z.array(analyticsSummaryQuestionSchema),
});
export type AnalyticsSummary = z.infer<typeof analyticsSummarySchema>;

export const MAX_DRIVER_PREDICTORS = 15;

export const analyticsDriversInputSchema = z.strictObject({
  surveyId: z.uuid(),
  /** The outcome question (NPS, CSAT, …) the drivers explain. */
  outcome: keySchema,
  predictors: z.array(keySchema).min(1).max(MAX_DRIVER_PREDICTORS),
  filters: analyticsFiltersSchema.default({}),
  prefer: z.enum(["auto", "rollup", "raw"]).default("auto"),
});
export type AnalyticsDriversInput = z.input<typeof analyticsDriversInputSchema>;

export const analyticsDriverSchema = z.object({
  questionId: z.string(),
  title: z.string(),
  /** Johnson's relative weight: this predictor's part of R². */
  relativeWeight: z.number(),
  /** Shapley value: this predictor's average gain in R² over every order of entry. */
  shapley: z.number(),
  /** relativeWeight / R², 0..100. */
  share: z.number(),
  performance: z.object({ mean: z.number(), topBox: z.number().nullable() }),
  /** Importance × performance, cut at the means over the drivers (driverQuadrants). */
  quadrant: z.enum(["strength", "priority", "maintain", "secondary"]),
});
export type AnalyticsDriver = z.infer<typeof analyticsDriverSchema>;

export const analyticsDriversResultSchema = z.object({
  source: z.enum(["rollup", "raw"]),
  /** Responses answering every pair (the smallest pairwise-complete count). */
  n: z.number().int(),
  rSquared: z.number(),
  drivers: z.array(analyticsDriverSchema),
  method: z.object({ notes: z.array(z.string()) }),
});
export type AnalyticsDriversResult = z.infer<typeof analyticsDriversResultSchema>;
