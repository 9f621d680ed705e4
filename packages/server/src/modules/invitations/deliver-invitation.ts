// Job handler: sends one invitation email (reminder 0) or its n-th reminder. Idempotent: an invitation
// that is no longer waiting for this email is left alone. A permanent SMTP refusal marks the invitation
// failed (a refused mailbox also goes on the suppression list); a passing one is stored and retried.

import type { InvitationStatus } from "@touchpoint/core";
import { chooseLanguage, type Survey } from "@touchpoint/core";
import { newId } from "../../platform/ids.ts";
import { forgetContacts } from "../contacts/service.ts";
import { emailsWithoutConsent } from "../customers/privacy-consent.ts";
import { findSurveyIn } from "../surveys/service.ts";
import { invitationContactSource } from "./invitation-contacts.ts";
import { invitationLinks, renderInvitationEmail } from "./invitation-email.ts";
import { recordCompletion } from "./invitation-progress.ts";
import { invitationToken } from "./invitation-token.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import type { SendInvitationJob } from "./job-names.ts";
import { type Delivery, deliver, type OutgoingEmail } from "./mailer.ts";
import * as repo from "./repo.ts";
import * as suppressions from "./suppressions-repo.ts";

/** The queue runs a job 6 times (retryLimit 5 in platform/jobs/queue.ts); the last passing failure is final. */
export const DELIVERY_ATTEMPTS = 6;

const HOUR_MS = 60 * 60 * 1000;
const REMINDABLE: InvitationStatus[] = ["sent", "opened", "started"];

function waitsFor(invitation: repo.InvitationRow, reminder: number): boolean {
  if (reminder === 0) return invitation.status === "queued";
  return (
    REMINDABLE.includes(invitation.status as InvitationStatus) && invitation.remindersSent === reminder - 1
  );
}

function composeEmail(
  secret: string,
  invitation: repo.InvitationRow,
  batch: repo.BatchRow,
  survey: Survey,
  reminder: number,
): OutgoingEmail {
  const { definition } = survey;
  const links = invitationLinks(
    batch.linkBase,
    invitationToken(secret, invitation.workspaceId, invitation.id),
  );
  const rendered = renderInvitationEmail({
    definition,
    language: chooseLanguage(definition, { requested: invitation.language }),
    subject: batch.subject as Record<string, string> | null,
    message: batch.message as Record<string, string> | null,
    recipient: {
      email: invitation.email,
      name: invitation.name,
      hidden: invitation.hidden as Record<string, string>,
    },
    links,
    reminder: reminder > 0,
  });
  return {
    to: { name: invitation.name, address: invitation.email },
    ...rendered,
    // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link.
    headers: {
      "List-Unsubscribe": `<${links.unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

async function recordFailure(
  deps: InvitationsDeps,
  invitation: repo.InvitationRow,
  reminder: number,
  failure: Extract<Delivery, { ok: false }>,
) {
  const { workspaceId, id, email } = invitation;
  const db = deps.database.db;
  const now = deps.clock.now();
  if (failure.bounced) {
    await suppressions.addSuppression(db, {
      workspaceId,
      id: newId(),
      email,
      reason: "bounced",
      invitationId: id,
      createdAt: now,
    });
    await suppressions.stopRemindersTo(db, workspaceId, email, now);
  }
  const final =
    failure.permanent ||
    (await repo.recordPassingFailure(db, workspaceId, id, failure.error, now)) >= DELIVERY_ATTEMPTS;
  if (!final) throw new Error(`invitation email not sent yet, will retry: ${failure.error}`);
  // A reminder that cannot go out ends the reminders; the invitation keeps what its first email achieved.
  const changes =
    reminder === 0
      ? { status: "failed", error: failure.error, nextReminderAt: null, updatedAt: now }
      : { error: failure.error, nextReminderAt: null, updatedAt: now };
  if (reminder === 0) await endUnsent(deps, invitation, changes);
  else await repo.updateInvitation(db, workspaceId, id, changes);
}

/** Ends a queued invitation whose email will not go out; it asked no one, so its contact is forgotten. */
async function endUnsent(
  deps: InvitationsDeps,
  invitation: repo.InvitationRow,
  changes: Parameters<typeof repo.updateInvitation>[3],
) {
  const { workspaceId, id } = invitation;
  await deps.database.transaction(async (tx) => {
    if (await repo.updateInvitation(tx, workspaceId, id, changes, ["queued"])) {
      await forgetContacts(tx, workspaceId, invitationContactSource(id));
    }
  });
}

async function recordDelivery(
  deps: InvitationsDeps,
  invitation: repo.InvitationRow,
  batch: repo.BatchRow,
  reminder: number,
) {
  const now = deps.clock.now();
  const more = reminder < batch.reminderCount;
  const nextReminderAt = more ? new Date(now.getTime() + batch.reminderIntervalHours * HOUR_MS) : null;
  const common = { error: null, failedAttempts: 0, nextReminderAt, updatedAt: now };
  const changes =
    reminder === 0 ? { ...common, status: "sent", sentAt: now } : { ...common, remindersSent: reminder };
  await repo.updateInvitation(
    deps.database.db,
    invitation.workspaceId,
    invitation.id,
    changes,
    reminder === 0 ? ["queued"] : REMINDABLE,
  );
}

export async function deliverInvitation(deps: InvitationsDeps, job: SendInvitationJob) {
  const { workspaceId, invitationId, reminder } = job;
  const db = deps.database.db;
  const invitation = await repo.findInvitation(db, workspaceId, invitationId);
  if (!invitation || !waitsFor(invitation, reminder)) return;
  const listed = (await suppressions.suppressionsOf(db, workspaceId, [invitation.email], deps.secret)).get(
    invitation.email,
  );
  const withdrawn = (await emailsWithoutConsent(db, workspaceId, [invitation.email])).has(invitation.email);
  const suppression = listed ?? (withdrawn ? "no_consent" : undefined);
  if (suppression) {
    // Unsubscribed, bounced, erased or consent withdrawn since the batch was made: held back, reminders end.
    const changes = { status: "suppressed", suppressionReason: suppression, updatedAt: deps.clock.now() };
    if (reminder === 0) await endUnsent(deps, invitation, changes);
    return;
  }
  // Someone who finished the survey since the last check gets no reminder.
  if (reminder > 0 && (await recordCompletion(deps, invitation))) return;
  const batch = await repo.findBatch(db, workspaceId, invitation.batchId);
  const survey = await findSurveyIn(db, workspaceId, invitation.surveyId);
  if (!batch || survey?.status !== "live") {
    const error = `The survey is ${survey ? survey.status : "deleted"}: nothing to invite to.`;
    return recordFailure(deps, invitation, reminder, { ok: false, permanent: true, bounced: false, error });
  }
  const delivery = await deliver(deps.mail, composeEmail(deps.secret, invitation, batch, survey, reminder));
  if (delivery.ok) return recordDelivery(deps, invitation, batch, reminder);
  return recordFailure(deps, invitation, reminder, delivery);
}
