// Use case: invite a list of recipients to a live survey by email. Every row is checked; the suppression
// list and the contact-frequency rules hold some back (stored as suppressed, with the reason); the batch, its
// invitations and one send job per queued invitation commit together (outbox).

import {
  type ContactHold,
  type ContactRequest,
  customerKeysOf,
  type InvitationSettings,
  type SendInvitationsResult,
  type SuppressionReason,
} from "@touchpoint/core";
import type { Tx } from "../../platform/db/database.ts";
import { ConflictError, DomainError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { contactHolds, recordContacts } from "../contacts/service.ts";
import { emailsWithoutConsent } from "../customers/privacy-consent.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { findSurveyIn } from "../surveys/service.ts";
import { getBatch } from "./find-invitations.ts";
import { invitationContactSource } from "./invitation-contacts.ts";
import { hashToken, invitationToken } from "./invitation-token.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import { SEND_INVITATION_JOB, type SendInvitationJob } from "./job-names.ts";
import { checkRecipients, type Recipient, type SourceRecipient } from "./recipient-rows.ts";
import * as repo from "./repo.ts";
import * as suppressions from "./suppressions-repo.ts";

export interface SendInvitationsRequest {
  settings: InvitationSettings;
  recipients: SourceRecipient[];
  /** Where the emails' links point. */
  linkBase: string;
  /** The segment the recipients were read from, when they were (send-to-segment.ts), for the audit log. */
  segmentId?: string;
}

/** The survey, when it can be sent now: live, and SMTP configured. */
export async function liveSurvey(deps: InvitationsDeps, workspaceId: string, surveyId: string) {
  const survey = await findSurveyIn(deps.database.db, workspaceId, surveyId);
  if (!survey) throw new NotFoundError("Survey");
  if (survey.status !== "live") {
    throw new ConflictError(
      `Only a live survey can be sent; this one is ${survey.status}.`,
      "survey_not_live",
    );
  }
  if (!deps.mail.smtpUrl) {
    throw new ConflictError(
      "Email cannot be sent: SMTP_URL is not configured on the server.",
      "smtp_not_configured",
    );
  }
  return survey;
}

/**
 * Why each address is held back, if it is: the suppression list first (erased customers' addresses too),
 * then a customer's withdrawn consent to email, then the contact-frequency rules.
 */
async function holdBacks(
  tx: Tx,
  workspaceId: string,
  request: ContactRequest,
  emails: string[],
  secret: string,
) {
  const suppressed = await suppressions.suppressionsOf(tx, workspaceId, emails, secret);
  const withdrawn = await emailsWithoutConsent(tx, workspaceId, emails);
  const holds = await contactHolds(
    tx,
    workspaceId,
    request,
    emails.map((email) => customerKeysOf({ email })),
  );
  return new Map(
    emails.flatMap((email, i): [string, { reason: SuppressionReason; heldBy: ContactHold | null }][] => {
      const listed = suppressed.get(email) ?? (withdrawn.has(email) ? "no_consent" : undefined);
      if (listed) return [[email, { reason: listed, heldBy: null }]];
      const hold = holds[i];
      return hold ? [[email, { reason: hold.reason, heldBy: hold }]] : [];
    }),
  );
}

export async function sendInvitations(
  deps: InvitationsDeps,
  caller: Caller,
  surveyId: string,
  request: SendInvitationsRequest,
): Promise<SendInvitationsResult> {
  const { workspaceId } = caller;
  const survey = await liveSurvey(deps, workspaceId, surveyId);
  const checked = checkRecipients(survey.definition, request.recipients);
  if (checked.recipients.length === 0) {
    throw new DomainError(422, "no_valid_recipients", "No recipient of this list can be invited.", {
      errors: checked.errors.flatMap(({ row, errors }) =>
        errors.map((error) => ({ path: `rows.${row}.${error.path}`, message: error.message })),
      ),
    });
  }
  const { settings } = request;
  const batchId = newId();
  const counts = await deps.database.transaction(async (tx) => {
    await repo.lockWorkspaceSends(tx, workspaceId);
    const now = deps.clock.now();
    const reasons = await holdBacks(
      tx,
      workspaceId,
      { surveyId, surveyDays: survey.definition.doNotAskAgainDays, now },
      checked.recipients.map((recipient) => recipient.email),
      deps.secret,
    );
    const rowOf = (recipient: Recipient) => {
      const id = newId();
      const held = reasons.get(recipient.email);
      return {
        workspaceId,
        id,
        batchId,
        surveyId,
        email: recipient.email,
        name: recipient.name,
        language: recipient.language,
        hidden: recipient.hidden,
        tokenHash: hashToken(invitationToken(deps.secret, workspaceId, id)),
        status: held ? "suppressed" : "queued",
        suppressionReason: held?.reason ?? null,
        heldBy: held?.heldBy ?? null,
        createdAt: now,
        updatedAt: now,
      };
    };
    const rows = checked.recipients.map(rowOf);
    const queued = rows.filter((row) => row.status === "queued");
    const counts = {
      queued: queued.length,
      suppressed: rows.length - queued.length,
      duplicates: checked.duplicates,
      invalid: checked.errors.length,
    };
    await repo.insertBatch(tx, {
      workspaceId,
      id: batchId,
      surveyId,
      subject: settings.subject ?? null,
      message: settings.message ?? null,
      reminderCount: settings.reminders.count,
      reminderIntervalHours: settings.reminders.intervalHours,
      linkBase: request.linkBase,
      createdById: caller.userId ?? caller.apiKeyId,
      createdByLabel: caller.label,
      recipientCount: request.recipients.length,
      queuedCount: counts.queued,
      suppressedCount: counts.suppressed,
      duplicateCount: counts.duplicates,
      invalidCount: counts.invalid,
      createdAt: now,
    });
    await repo.insertInvitations(tx, rows);
    await recordContacts(
      tx,
      workspaceId,
      queued.map((row) => ({
        keys: customerKeysOf({ email: row.email }),
        surveyId,
        channel: "email",
        kind: "invited" as const,
        source: invitationContactSource(row.id),
        at: now,
      })),
    );
    const jobs = queued.map((row): SendInvitationJob => ({ workspaceId, invitationId: row.id, reminder: 0 }));
    // In slices, so no single statement comes near PostgreSQL's limit of 65,535 parameters.
    for (let start = 0; start < jobs.length; start += 1000) {
      await deps.jobs.enqueueMany(tx, SEND_INVITATION_JOB, jobs.slice(start, start + 1000));
    }
    await recordAudit(tx, workspaceId, actorOf(caller), {
      action: "invitations.send",
      targetType: "invitation_batch",
      targetId: batchId,
      after: {
        surveyId,
        ...(request.segmentId ? { segmentId: request.segmentId } : {}),
        recipients: request.recipients.length,
        ...counts,
      },
    });
    return counts;
  });
  return { batch: await getBatch(deps, workspaceId, batchId), ...counts, errors: checked.errors };
}
