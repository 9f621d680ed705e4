// Shapes of a customer's timeline (interactions, survey responses, profile events, newest first) and of the
// one-call context a front-line employee reads. Each timeline item names its `kind`; a new source (cases)
// is one more member of the union.
import { z } from "zod";
import { channelSchema, responseStatusSchema } from "../surveys/api.ts";
import { localizedTextSchema } from "../surveys/localized-text.ts";
import { attributeValueSchema, consentChannelSchema } from "./customer-shapes.ts";
import { interactionSchema } from "./interaction-shapes.ts";
import { SCORE_METRICS } from "./segment-rules.ts";

export const TIMELINE_KINDS = ["interaction", "response", "event"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** A score a response gave: the first answered NPS, CSAT or CES question the respondent was shown. */
export const responseScoreSchema = z.object({
  metric: z.enum(SCORE_METRICS),
  value: z.number(),
  questionId: z.string(),
});
export type ResponseScore = z.infer<typeof responseScoreSchema>;

const itemBase = { id: z.uuid(), occurredAt: z.iso.datetime() };

export const timelineInteractionSchema = interactionSchema
  .omit({ customerId: true, eventId: true, createdAt: true })
  .extend({ kind: z.literal("interaction"), ...itemBase });
export type TimelineInteraction = z.infer<typeof timelineInteractionSchema>;

export const timelineResponseSchema = z.object({
  kind: z.literal("response"),
  ...itemBase,
  surveyId: z.uuid(),
  /** The survey's title in its default language. */
  surveyTitle: z.string(),
  status: responseStatusSchema,
  channel: channelSchema,
  language: z.string(),
  scores: z.array(responseScoreSchema),
  /** The open-text answers, shortened; null when there are none. */
  excerpt: z.string().nullable(),
});
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;

/** Who changed the profile: a user or API key (label), the system, or the record that did (source). */
export const timelineActorSchema = z.object({
  type: z.string(),
  id: z.string().nullable().optional(),
  label: z.string().optional(),
  source: z.string().optional(),
});

export const timelineEventSchema = z.object({
  kind: z.literal("event"),
  ...itemBase,
  /** created, updated, consent_changed, merged, unmerged, erased… */
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
  actor: timelineActorSchema.nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineItemSchema = z.discriminatedUnion("kind", [
  timelineInteractionSchema,
  timelineResponseSchema,
  timelineEventSchema,
]);
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const timelinePageSchema = z.object({
  /** The customer whose timeline this is: the survivor when the requested customer was merged. */
  customerId: z.uuid(),
  items: z.array(timelineItemSchema),
  nextCursor: z.string().nullable(),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;

// Context

/** NPS groups (Reichheld 2003): 0–6 detractor, 7–8 passive, 9–10 promoter. */
export const npsGroupSchema = z.enum(["detractor", "passive", "promoter"]);
export type NpsGroup = z.infer<typeof npsGroupSchema>;

export const latestScoreSchema = z.object({
  metric: z.enum(SCORE_METRICS),
  value: z.number(),
  at: z.iso.datetime(),
  surveyId: z.uuid(),
  responseId: z.uuid(),
  /** For NPS only. */
  npsGroup: npsGroupSchema.nullable(),
});
export type LatestScore = z.infer<typeof latestScoreSchema>;

export const CONSENT_STATES = ["granted", "withdrawn", "unknown"] as const;
export const consentSummarySchema = z.record(
  consentChannelSchema,
  z.object({
    status: z.enum(CONSENT_STATES),
    at: z.iso.datetime().nullable(),
    source: z.string().nullable(),
  }),
);
export type ConsentSummary = z.infer<typeof consentSummarySchema>;

const scoreFlag = <C extends string>(code: C) =>
  z.object({ code: z.literal(code), score: z.number(), at: z.iso.datetime() });

/** Why a customer needs care now; the rules are in docs/customers.md ("Timeline and context"). */
export const riskFlagSchema = z.discriminatedUnion("code", [
  scoreFlag("detractor"),
  scoreFlag("dissatisfied"),
  scoreFlag("high_effort"),
  z.object({ code: z.literal("repeated_failures"), count: z.number().int(), withinDays: z.number().int() }),
  z.object({ code: z.literal("recent_complaint"), interactionId: z.uuid(), at: z.iso.datetime() }),
  z.object({ code: z.literal("no_consent_email"), consent: z.enum(["withdrawn", "unknown"]) }),
]);
export type RiskFlag = z.infer<typeof riskFlagSchema>;
export type RiskFlagCode = RiskFlag["code"];

export const customerContextSchema = z.object({
  /** The customer this context describes: the survivor when the requested customer was merged. */
  customerId: z.uuid(),
  name: z.string().nullable(),
  language: z.string().nullable(),
  preferredChannel: consentChannelSchema.nullable(),
  contactHours: z.object({ from: z.string(), to: z.string() }).nullable(),
  consent: consentSummarySchema,
  tags: z.array(z.string()),
  /** The profile's values of the attributes the workspace defines, in key order. */
  attributes: z.array(
    z.object({
      key: z.string(),
      label: localizedTextSchema,
      type: z.string(),
      value: attributeValueSchema,
    }),
  ),
  latestScores: z.array(latestScoreSchema),
  /** Responses of the last 90 days with NPS ≤ 6, CSAT ≤ 2 or CES ≤ 3, newest first (at most 5). */
  recentNegativeFeedback: z.array(timelineResponseSchema),
  /** The last 5 interactions, newest first. */
  lastInteractions: z.array(timelineInteractionSchema),
  failedInteractionsLast30Days: z.number().int(),
  riskFlags: z.array(riskFlagSchema),
  erased: z.boolean(),
});
export type CustomerContext = z.infer<typeof customerContextSchema>;
