// Shapes of the invitations API (zod): validation, types and the OpenAPI document from one source.
// Shared by the server (routes, OpenAPI) and the dashboard (its send form and tables).

import { z } from "zod";
import { CONTACT_HOLD_REASONS, contactHoldSchema } from "../contacts/contact-rules.ts";
import { localizedTextSchema } from "../surveys/localized-text.ts";

export const INVITATION_STATUSES = [
  "queued",
  "sent",
  "failed",
  "opened",
  "started",
  "completed",
  "unsubscribed",
  "suppressed",
] as const;
export const invitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/**
 * Why an invitation was not sent: the suppression list (unsubscribed, bounced), the customer's profile
 * (no_consent: consent to email withdrawn, or the customer's data erased) or a contact-frequency rule
 * (CONTACT_HOLD_REASONS). `recently_invited` is what invitations held back before the rules counted every
 * channel; it stays readable for them.
 */
export const SUPPRESSION_REASONS = [
  "unsubscribed",
  "bounced",
  "no_consent",
  ...CONTACT_HOLD_REASONS,
  "recently_invited",
] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export const MAX_RECIPIENTS = 10_000;

export const reminderSettingsSchema = z.strictObject({
  count: z.number().int().min(0).max(3),
  intervalHours: z.number().int().min(24).max(336).default(72),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

/** Structure only: each recipient's values are checked one by one, so one bad row never stops the others. */
export const recipientInputSchema = z.strictObject({
  email: z.string().max(320),
  name: z.string().max(200).optional(),
  language: z.string().max(35).optional(),
  hidden: z.record(z.string(), z.string()).optional(),
});
export type RecipientInput = z.infer<typeof recipientInputSchema>;

const subjectSchema = localizedTextSchema.refine(
  (text) => Object.values(text).every((line) => line.length <= 300 && !/[\r\n]/.test(line)),
  "one line of at most 300 characters",
);

/** Everything of a send but the recipients: the JSON body's other fields, or the query of a CSV upload. */
export const invitationSettingsSchema = z.strictObject({
  /** Email subject per language; default: the survey's title. `{{customer.name}}` is filled in. */
  subject: subjectSchema.optional(),
  /** The email's text before the survey link, per language; blank lines separate paragraphs. */
  message: localizedTextSchema.optional(),
  reminders: reminderSettingsSchema.default({ count: 0, intervalHours: 72 }),
});
export type InvitationSettings = z.infer<typeof invitationSettingsSchema>;

export const sendInvitationsInputSchema = invitationSettingsSchema.extend({
  recipients: z.array(recipientInputSchema).min(1).max(MAX_RECIPIENTS),
});
export type SendInvitationsInput = z.infer<typeof sendInvitationsInputSchema>;

const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
/** `row`: the recipient's 1-based position; in a CSV file its line number (the header is line 1). */
export const rowErrorSchema = z.object({ row: z.number().int(), errors: z.array(fieldErrorSchema) });
export type RowError = z.infer<typeof rowErrorSchema>;

const statusCountsSchema = z.object(
  Object.fromEntries(INVITATION_STATUSES.map((status) => [status, z.number().int()])) as Record<
    InvitationStatus,
    z.ZodNumber
  >,
);
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const invitationBatchSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  channel: z.literal("email"),
  subject: z.record(z.string(), z.string()).nullable(),
  message: z.record(z.string(), z.string()).nullable(),
  reminders: reminderSettingsSchema,
  createdBy: z.object({ id: z.string().nullable(), label: z.string() }),
  /** Counted when the batch was created. */
  counts: z.object({
    recipients: z.number().int(),
    queued: z.number().int(),
    suppressed: z.number().int(),
    duplicates: z.number().int(),
    invalid: z.number().int(),
  }),
  /** Invitations of the batch per status now. */
  statusCounts: statusCountsSchema,
  createdAt: z.iso.datetime(),
});
export type InvitationBatch = z.infer<typeof invitationBatchSchema>;

export const sendInvitationsResultSchema = z.object({
  batch: invitationBatchSchema,
  queued: z.number().int(),
  suppressed: z.number().int(),
  duplicates: z.number().int(),
  invalid: z.number().int(),
  errors: z.array(rowErrorSchema),
});
export type SendInvitationsResult = z.infer<typeof sendInvitationsResultSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  batchId: z.uuid(),
  surveyId: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  language: z.string(),
  hidden: z.record(z.string(), z.string()),
  status: invitationStatusSchema,
  suppressionReason: z.enum(SUPPRESSION_REASONS).nullable(),
  /** The earlier contact that held the recipient back, when a frequency rule did. */
  heldBy: contactHoldSchema.nullable(),
  error: z.string().nullable(),
  sentAt: z.iso.datetime().nullable(),
  openedAt: z.iso.datetime().nullable(),
  startedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  unsubscribedAt: z.iso.datetime().nullable(),
  remindersSent: z.number().int(),
  nextReminderAt: z.iso.datetime().nullable(),
  responseId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});
export type Invitation = z.infer<typeof invitationSchema>;
