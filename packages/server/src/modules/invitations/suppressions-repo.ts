// The SQL of the workspace's email suppression list (unsubscribes and hard bounces), beside repo.ts.

import { createHmac } from "node:crypto";
import type { SuppressionReason } from "@touchpoint/core";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { emailSuppressions, invitations } from "./schema.ts";

/**
 * The listed addresses among these, with why. Given the secret, an address an erased customer had (kept
 * only as its erasedEmailKey) is found too.
 */
export async function suppressionsOf(ex: Executor, workspaceId: string, emails: string[], secret?: string) {
  if (emails.length === 0) return new Map<string, SuppressionReason>();
  const keys = secret ? emails.map((email) => erasedEmailKey(secret, workspaceId, email)) : [];
  const rows = await ex
    .select({ email: emailSuppressions.email, reason: emailSuppressions.reason })
    .from(emailSuppressions)
    .where(
      and(
        eq(emailSuppressions.workspaceId, workspaceId),
        inArray(emailSuppressions.email, [...emails, ...keys]),
      ),
    );
  const listed = new Map(rows.map((row) => [row.email, row.reason as SuppressionReason]));
  return new Map(
    emails.flatMap((email, i): [string, SuppressionReason][] => {
      const reason = listed.get(email) ?? (keys[i] === undefined ? undefined : listed.get(keys[i]));
      return reason ? [[email, reason]] : [];
    }),
  );
}

/** Adds an address once; a second unsubscribe (or bounce) keeps the first entry. */
export async function addSuppression(ex: Executor, row: typeof emailSuppressions.$inferInsert) {
  await ex.insert(emailSuppressions).values(row).onConflictDoNothing();
}

/** Stops the reminders of every invitation to this address (after an unsubscribe or a bounce). */
export async function stopRemindersTo(ex: Executor, workspaceId: string, email: string, now: Date) {
  await ex
    .update(invitations)
    .set({ nextReminderAt: null, updatedAt: now })
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.email, email),
        sql`${invitations.nextReminderAt} is not null`,
      ),
    );
}

// Erased customers: their opt-out outlives their data. The list keeps a keyed hash of each address (HMAC-
// SHA256 with the process secret, per workspace) in place of the address: sending to it again is still
// refused, but the database alone no longer tells the address. Rotating TOUCHPOINT_SECRET forgets these.

/** The form an erased customer's address takes on the suppression list and on their invitations. */
export function erasedEmailKey(secret: string, workspaceId: string, email: string) {
  const digest = createHmac("sha256", secret).update(`${workspaceId}:${email}`).digest("base64url");
  // No "@": it can never be, or match, a real address.
  return `erased:${digest}`;
}

/** Lists the addresses by their keys only: a plain entry becomes a keyed one (keeping why and when). */
export async function suppressErasedEmails(
  ex: Executor,
  workspaceId: string,
  emails: string[],
  secret: string,
  reason: SuppressionReason,
  now: Date,
) {
  for (const email of emails) {
    const [plain] = await ex
      .delete(emailSuppressions)
      .where(and(eq(emailSuppressions.workspaceId, workspaceId), eq(emailSuppressions.email, email)))
      .returning();
    await addSuppression(ex, {
      workspaceId,
      id: plain?.id ?? newId(),
      email: erasedEmailKey(secret, workspaceId, email),
      reason: plain?.reason ?? reason,
      invitationId: plain?.invitationId ?? null,
      createdAt: plain?.createdAt ?? now,
    });
  }
}

/**
 * Takes the addresses out of their invitations: each becomes its key (so a queued email or a due reminder
 * finds it suppressed and goes nowhere), the name and hidden values go, and unsent ones are suppressed.
 * Returns how many invitations changed.
 */
export async function eraseInvitationsTo(
  ex: Executor,
  workspaceId: string,
  emails: string[],
  secret: string,
  reason: SuppressionReason,
  now: Date,
) {
  let erased = 0;
  for (const email of emails) {
    const rows = await ex
      .update(invitations)
      .set({
        email: erasedEmailKey(secret, workspaceId, email),
        name: null,
        hidden: {},
        status: sql`case when ${invitations.status} = 'queued' then 'suppressed' else ${invitations.status} end`,
        suppressionReason: sql`case when ${invitations.status} = 'queued' then ${reason} else ${invitations.suppressionReason} end`,
        nextReminderAt: null,
        updatedAt: now,
      })
      .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.email, email)))
      .returning({ id: invitations.id });
    erased += rows.length;
  }
  return erased;
}
