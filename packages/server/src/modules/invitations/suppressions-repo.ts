// The SQL of the workspace's email suppression list (unsubscribes and hard bounces), beside repo.ts.

import type { SuppressionReason } from "@touchpoint/core";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { emailSuppressions, invitations } from "./schema.ts";

export async function suppressionsOf(ex: Executor, workspaceId: string, emails: string[]) {
  if (emails.length === 0) return new Map<string, SuppressionReason>();
  const rows = await ex
    .select({ email: emailSuppressions.email, reason: emailSuppressions.reason })
    .from(emailSuppressions)
    .where(and(eq(emailSuppressions.workspaceId, workspaceId), inArray(emailSuppressions.email, emails)));
  return new Map(rows.map((row) => [row.email, row.reason as SuppressionReason]));
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
