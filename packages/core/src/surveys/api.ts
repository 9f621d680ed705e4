// Shapes of the surveys and responses API, shared by the server, the dashboard and the widget.
import { z } from "zod";
import { keySchema } from "./conditions.ts";
import { surveyDefinitionSchema } from "./definition.ts";
import { languageSchema } from "./localized-text.ts";

export const SURVEY_STATUSES = ["draft", "live", "paused", "closed"] as const;
export const surveyStatusSchema = z.enum(SURVEY_STATUSES);
export type SurveyStatus = z.infer<typeof surveyStatusSchema>;

/** Which status may follow which: a closed survey stays closed (answers after closing would be unfair). */
export const SURVEY_TRANSITIONS: Readonly<Record<SurveyStatus, readonly SurveyStatus[]>> = {
  draft: ["live", "closed"],
  live: ["paused", "closed"],
  paused: ["live", "closed"],
  closed: [],
};

export const surveySlugSchema = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case letters, digits and single hyphens");

export const surveySchema = z.object({
  id: z.uuid(),
  slug: surveySlugSchema,
  /** Internal name for the team; respondents see the definition's title. */
  name: z.string(),
  status: surveyStatusSchema,
  /** Version of the definition; every response keeps the version it answered. */
  version: z.number().int().min(1),
  definition: surveyDefinitionSchema,
  responseCount: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Survey = z.infer<typeof surveySchema>;

export const surveySummarySchema = surveySchema.omit({ definition: true }).extend({
  title: z.string(),
  languages: z.array(languageSchema),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

export const createSurveyInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  slug: surveySlugSchema.optional(),
  definition: surveyDefinitionSchema,
});
export type CreateSurveyInput = z.infer<typeof createSurveyInputSchema>;

export const updateSurveyInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  definition: surveyDefinitionSchema.optional(),
});
export type UpdateSurveyInput = z.infer<typeof updateSurveyInputSchema>;

export const changeSurveyStatusInputSchema = z.strictObject({ status: surveyStatusSchema });

export const CHANNELS = [
  "web",
  "app",
  "email",
  "sms",
  "phone",
  "branch",
  "store",
  "chat",
  "social",
  "link",
  "qr",
  "widget",
  "api",
  "import",
  "other",
] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** How a response names its customer; identity resolution arrives with the customers module. */
export const customerReferenceSchema = z
  .strictObject({
    externalId: z.string().min(1).max(200).optional(),
    email: z.string().max(320).optional(),
    phone: z.string().max(40).optional(),
    name: z.string().max(200).optional(),
    language: languageSchema.optional(),
    attributes: z
      .record(keySchema, z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]))
      .optional(),
  })
  .refine((ref) => ref.externalId || ref.email || ref.phone, "needs an externalId, email or phone");
export type CustomerReference = z.infer<typeof customerReferenceSchema>;

export const hiddenValuesSchema = z.record(keySchema, z.string().max(2000));

export const submitResponseInputSchema = z.strictObject({
  /** Question id → answer; the shape per question type is in answers.ts. */
  answers: z.record(keySchema, z.unknown()),
  hidden: hiddenValuesSchema.default({}),
  language: languageSchema.optional(),
  channel: channelSchema.default("api"),
  customer: customerReferenceSchema.optional(),
  /** false: a partial response, completed later with PATCH. */
  complete: z.boolean().default(true),
  /** The sender's id for this response; a retry with the same id is stored once. */
  clientResponseId: z.string().min(1).max(200).optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
  /** When the answers were given, for responses collected offline or imported. */
  submittedAt: z.iso.datetime({ offset: true }).optional(),
});
export type SubmitResponseInput = z.infer<typeof submitResponseInputSchema>;

export const patchResponseInputSchema = z.strictObject({
  answers: z.record(keySchema, z.unknown()).default({}),
  hidden: hiddenValuesSchema.optional(),
  complete: z.boolean().default(false),
});
export type PatchResponseInput = z.infer<typeof patchResponseInputSchema>;

export const RESPONSE_STATUSES = ["partial", "completed", "screened_out"] as const;
export const responseStatusSchema = z.enum(RESPONSE_STATUSES);

export const surveyResponseSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  surveyVersion: z.number().int(),
  status: responseStatusSchema,
  answers: z.record(z.string(), z.unknown()),
  hidden: z.record(z.string(), z.string()),
  language: z.string(),
  channel: channelSchema,
  customer: customerReferenceSchema.nullable(),
  clientResponseId: z.string().nullable(),
  ending: z.string().nullable(),
  startedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/** How full each of a survey's quotas is: completed responses counted against its current limit. */
export const quotaProgressSchema = z.object({
  id: z.string(),
  name: z.string(),
  limit: z.number(),
  count: z.number(),
  full: z.boolean(),
});
export type QuotaProgress = z.infer<typeof quotaProgressSchema>;
