// Drizzle tables of the invitations module: a send (batch), one invitation per recipient, and the
// workspace's email suppression list (unsubscribes and hard bounces).
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at } from "../../platform/db/columns.ts";

export const invitationBatches = pgTable(
  "invitation_batches",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    surveyId: uuid("survey_id").notNull(),
    channel: text("channel").notNull().default("email"),
    /** LocalizedText templates; null means the default subject (the survey's title) and message. */
    subject: jsonb("subject"),
    message: jsonb("message"),
    reminderCount: integer("reminder_count").notNull().default(0),
    reminderIntervalHours: integer("reminder_interval_hours").notNull().default(72),
    /** Where links in the emails point: TOUCHPOINT_PUBLIC_URL, else the address the batch was sent from. */
    linkBase: text("link_base").notNull(),
    createdById: text("created_by_id"),
    createdByLabel: text("created_by_label").notNull(),
    /** What the request carried, counted once at creation. */
    recipientCount: integer("recipient_count").notNull(),
    queuedCount: integer("queued_count").notNull(),
    suppressedCount: integer("suppressed_count").notNull(),
    duplicateCount: integer("duplicate_count").notNull(),
    invalidCount: integer("invalid_count").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("invitation_batches_survey_idx").on(t.workspaceId, t.surveyId, t.id),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    batchId: uuid("batch_id").notNull(),
    surveyId: uuid("survey_id").notNull(),
    email: text("email").notNull(),
    name: text("name"),
    language: text("language").notNull(),
    hidden: jsonb("hidden").notNull(),
    /** SHA-256 of the link token; the token itself is derived from the process secret, never stored. */
    tokenHash: text("token_hash").notNull(),
    status: text("status").notNull(),
    suppressionReason: text("suppression_reason"),
    /** For a frequency-rule hold: the earlier contact (ContactHold) that held the recipient back. */
    heldBy: jsonb("held_by"),
    error: text("error"),
    /** Delivery attempts of the current email that failed for a passing reason (the queue retries them). */
    failedAttempts: integer("failed_attempts").notNull().default(0),
    sentAt: at("sent_at"),
    openedAt: at("opened_at"),
    startedAt: at("started_at"),
    completedAt: at("completed_at"),
    unsubscribedAt: at("unsubscribed_at"),
    remindersSent: integer("reminders_sent").notNull().default(0),
    nextReminderAt: at("next_reminder_at"),
    responseId: uuid("response_id"),
    /** When the completion check last looked at this invitation's response. */
    checkedAt: at("checked_at"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // Global like api_keys.key_hash: the token is what tells a public link's workspace.
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    index("invitations_batch_idx").on(t.workspaceId, t.batchId, t.id),
    index("invitations_email_idx").on(t.workspaceId, t.email, t.createdAt),
    index("invitations_due_reminder_idx").on(t.nextReminderAt).where(sql`${t.nextReminderAt} is not null`),
    index("invitations_started_idx").on(t.checkedAt).where(sql`${t.status} = 'started'`),
  ],
);

export const emailSuppressions = pgTable(
  "email_suppressions",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    email: text("email").notNull(),
    /** unsubscribed | bounced */
    reason: text("reason").notNull(),
    /** The invitation whose link (or bounce) put the address here. */
    invitationId: uuid("invitation_id"),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("email_suppressions_email_key").on(t.workspaceId, t.email),
  ],
);
