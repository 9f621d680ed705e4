// The comment explorer's API shapes: comments (stored analyses with their text) searched and filtered,
// labels for training, topic trends, emerging themes, the workspace taxonomy and its re-enrichment runs.
// The server validates with them and the dashboard imports their types.
import { z } from "zod";
import { CHANNELS, channelSchema } from "../surveys/api.ts";
import { textLanguageSchema } from "./language.ts";
import { sentimentSchema } from "./sentiment.ts";
import { textSourceKindSchema } from "./stored-analysis.ts";
import { topicSchema } from "./taxonomy.ts";

/** A calendar day in the workspace's time zone. */
const daySchema = z.iso.date();
const topicIdSchema = z.string().min(1).max(64);
/**
 * Channels as a query string gives them, repeated (`channel=app&channel=web`) or as one comma list
 * (`channel=app,web`), so a dashboard's several global channels fit in one request; repeats are dropped.
 */
const channelListSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => [
    ...new Set((Array.isArray(value) ? value : [value]).flatMap((item) => item.split(","))),
  ])
  .pipe(z.array(channelSchema).min(1).max(CHANNELS.length));

export const commentFiltersSchema = z.strictObject({
  /** Words to find; case and Vietnamese diacritics are ignored ("khong hai long" finds "Không hài lòng"). */
  q: z.string().trim().min(1).max(200).optional(),
  sentiment: sentimentSchema.optional(),
  /** A topic id of the effective taxonomy: comments that mention it. */
  topic: topicIdSchema.optional(),
  language: z.string().min(2).max(16).optional(),
  kind: textSourceKindSchema.optional(),
  /** Any of these channels: the response's channel, or the interaction's for a note. */
  channel: channelListSchema.optional(),
  surveyId: z.uuid().optional(),
  questionId: z.string().min(1).max(64).optional(),
  /** The touchpoint key: the interaction's `touchpoint`, or the response's hidden field `touchpoint`. */
  touchpoint: z.string().trim().min(1).max(100).optional(),
  /** First day, inclusive, in the workspace's time zone. */
  from: daySchema.optional(),
  /** Last day, inclusive, in the workspace's time zone. */
  to: daySchema.optional(),
  /** true: only comments with at least one label; false: only comments without any. */
  labelled: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
  cursor: z.string().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type CommentFilters = z.infer<typeof commentFiltersSchema>;

/** Labels a person gave a comment: what a training run learns from. */
export const commentLabelsSchema = z.object({
  topic: topicIdSchema.optional(),
  sentiment: sentimentSchema.optional(),
});
export type CommentLabels = z.infer<typeof commentLabelsSchema>;

/** PUT body: a value sets the label, null removes it, an absent key leaves it as it is. */
export const commentLabelsInputSchema = z.strictObject({
  topic: topicIdSchema.nullable().optional(),
  sentiment: sentimentSchema.nullable().optional(),
});
export type CommentLabelsInput = z.infer<typeof commentLabelsInputSchema>;

export const commentAspectSchema = z.object({
  topic: z.string(),
  sentiment: sentimentSchema.optional(),
  /** The clause mentioning the topic: UTF-16 offsets into `text`, [start, end). */
  span: z.object({ start: z.number().int(), end: z.number().int() }),
  /** The taxonomy keywords found in the clause. */
  keywords: z.array(z.string()),
});
export type CommentAspect = z.infer<typeof commentAspectSchema>;

export const commentSchema = z.object({
  /** The stored analysis's id. */
  id: z.string(),
  kind: textSourceKindSchema,
  /** The response's or the interaction's id. */
  sourceId: z.string(),
  /** The question id of an answer; "note" for an interaction's note. */
  field: z.string(),
  customerId: z.string().nullable(),
  customerName: z.string().nullable(),
  language: textLanguageSchema,
  sentiment: sentimentSchema,
  /** P(positive) − P(negative), in [−1, 1]. */
  score: z.number(),
  topics: z.array(z.object({ id: z.string(), label: z.string(), confidence: z.number() })),
  aspects: z.array(commentAspectSchema),
  keywords: z.array(z.string()),
  /** When the feedback was given (ISO 8601). */
  occurredAt: z.string(),
  /** The comment as the customer wrote it. */
  text: z.string(),
  /** Null for interaction notes. */
  surveyId: z.string().nullable(),
  /** The survey's name (one string: survey names are not translated). */
  surveyName: z.string().nullable(),
  /** The question's title in every language of the survey ({vi, en, …}), as the definition holds it. */
  questionTitle: z.record(z.string(), z.string()).nullable(),
  /** The interaction's touchpoint key, or the response's hidden field `touchpoint` when it is not empty. */
  touchpoint: z.string().nullable(),
  labels: commentLabelsSchema,
});
export type Comment = z.infer<typeof commentSchema>;

export const commentPageSchema = z.object({
  items: z.array(commentSchema),
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: z.string().nullable(),
});
export type CommentPage = z.infer<typeof commentPageSchema>;

/** The touchpoints of the workspace's comments with their comment counts, the most first (at most 200). */
export const commentTouchpointsSchema = z.object({
  items: z.array(z.object({ touchpoint: z.string(), comments: z.number().int() })),
});
export type CommentTouchpoints = z.infer<typeof commentTouchpointsSchema>;

/** Label counts per task and class: `{ topic: { fees: 12 }, sentiment: { negative: 30 } }`. */
export const labelsSummarySchema = z.object({
  topic: z.record(z.string(), z.number().int()),
  sentiment: z.record(z.string(), z.number().int()),
});
export type LabelsSummary = z.infer<typeof labelsSummarySchema>;

export const TREND_GRAINS = ["week", "month"] as const;
export const trendGrainSchema = z.enum(TREND_GRAINS);
export type TrendGrain = z.infer<typeof trendGrainSchema>;

export const topicTrendsQuerySchema = z.strictObject({
  /** Weeks start on Monday (ISO 8601). */
  grain: trendGrainSchema.default("week"),
  /** Default: 90 days before `to`. */
  from: daySchema.optional(),
  /** Default: today in the workspace's time zone. */
  to: daySchema.optional(),
  /** Only this topic's series. */
  topic: topicIdSchema.optional(),
  /** The language of the series' labels. */
  language: z.enum(["vi", "en"]).default("vi"),
});
export type TopicTrendsQuery = z.infer<typeof topicTrendsQuerySchema>;

export const topicTrendPointSchema = z.object({
  /** The first day of the week or month. */
  period: daySchema,
  /** Comments mentioning the topic in the period, by the comment's sentiment: negative + neutral + positive = count. */
  count: z.number().int(),
  negative: z.number().int(),
  neutral: z.number().int(),
  positive: z.number().int(),
});
export type TopicTrendPoint = z.infer<typeof topicTrendPointSchema>;

export const topicTrendsSchema = z.object({
  grain: trendGrainSchema,
  /** One series per topic mentioned in the window, most mentioned first; periods without comments are left out. */
  series: z.array(z.object({ topic: z.string(), label: z.string(), points: z.array(topicTrendPointSchema) })),
});
export type TopicTrends = z.infer<typeof topicTrendsSchema>;

export const emergingThemesQuerySchema = z.strictObject({
  /** Default: 29 days before `to` (30 days in all). */
  from: daySchema.optional(),
  /** Default: today in the workspace's time zone. */
  to: daySchema.optional(),
  /** Default: 90 days before `baselineTo`. */
  baselineFrom: daySchema.optional(),
  /** Default: the day before `from`. */
  baselineTo: daySchema.optional(),
});
export type EmergingThemesQuery = z.infer<typeof emergingThemesQuerySchema>;

export const emergingThemesResponseSchema = z.object({
  themes: z.array(
    z.object({
      phrase: z.string(),
      /** Comments containing the phrase in the period. */
      count: z.number().int(),
      baselineCount: z.number().int(),
      rate: z.number(),
      baselineRate: z.number(),
      pValue: z.number(),
      /** Benjamini–Hochberg q-value; themes with q ≤ 0.05 are listed, most significant first. */
      qValue: z.number(),
    }),
  ),
});
export type EmergingThemesResponse = z.infer<typeof emergingThemesResponseSchema>;

export const workspaceTaxonomySchema = z.object({
  /** The default taxonomy extended with the workspace's topics: what the enrichment uses. */
  topics: z.array(topicSchema),
  /** The workspace's own topics (new ones, or additions to a default topic with the same id). */
  custom: z.array(topicSchema),
  /** Raised by every change; analyses made with it carry `+tax:<version>` in their model version. */
  version: z.number().int(),
});
export type WorkspaceTaxonomy = z.infer<typeof workspaceTaxonomySchema>;

export const REENRICHMENT_STATUSES = ["running", "done", "failed"] as const;
export const reenrichmentRunSchema = z.object({
  id: z.string(),
  status: z.enum(REENRICHMENT_STATUSES),
  /** Sources (responses with open text, interactions with a note) when the run started. */
  total: z.number().int(),
  done: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** What started it: "taxonomy" or "manual". */
  reason: z.string(),
});
export type ReenrichmentRun = z.infer<typeof reenrichmentRunSchema>;

/** The latest run of the workspace, or null before the first. */
export const reenrichmentStateSchema = z.object({ run: reenrichmentRunSchema.nullable() });
export type ReenrichmentState = z.infer<typeof reenrichmentStateSchema>;
