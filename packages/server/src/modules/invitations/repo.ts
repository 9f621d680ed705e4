// The SQL of the invitations module: batches, invitations and their state changes (the suppression list is
// in suppressions-repo.ts).

import {
  type ContactHold,
  INVITATION_STATUSES,
  type Invitation,
  type InvitationStatus,
  type StatusCounts,
  type SuppressionReason,
} from "@touchpoint/core";
import { and, asc, desc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { invitationBatches, invitations } from "./schema.ts";

export type BatchRow = typeof invitationBatches.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
export type NewInvitation = typeof invitations.$inferInsert;

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const byId = (workspaceId: string, id: string) =>
  and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id));
const inStatus = (...statuses: InvitationStatus[]) => inArray(invitations.status, statuses);

export const toInvitation = (row: InvitationRow): Invitation => ({
  id: row.id,
  batchId: row.batchId,
  surveyId: row.surveyId,
  email: row.email,
  name: row.name,
  language: row.language,
  hidden: row.hidden as Record<string, string>,
  status: row.status as InvitationStatus,
  suppressionReason: row.suppressionReason as SuppressionReason | null,
  heldBy: row.heldBy as ContactHold | null,
  error: row.error,
  sentAt: iso(row.sentAt),
  openedAt: iso(row.openedAt),
  startedAt: iso(row.startedAt),
  completedAt: iso(row.completedAt),
  unsubscribedAt: iso(row.unsubscribedAt),
  remindersSent: row.remindersSent,
  nextReminderAt: iso(row.nextReminderAt),
  responseId: row.responseId,
  createdAt: row.createdAt.toISOString(),
});

// Batches

/** Serialises batch creation per workspace, so two sends at once cannot both pass the frequency rule. */
export async function lockWorkspaceSends(ex: Executor, workspaceId: string) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`invitations:${workspaceId}`}))`);
}

export async function insertBatch(ex: Executor, row: typeof invitationBatches.$inferInsert) {
  await ex.insert(invitationBatches).values(row);
}

export async function findBatch(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select()
    .from(invitationBatches)
    .where(and(eq(invitationBatches.workspaceId, workspaceId), eq(invitationBatches.id, id)));
  return row;
}

/** Newest first; cursor = id of the last batch of the previous page. */
export async function listBatches(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  const rows = await ex
    .select()
    .from(invitationBatches)
    .where(
      and(
        eq(invitationBatches.workspaceId, workspaceId),
        eq(invitationBatches.surveyId, surveyId),
        page.cursor ? sql`${invitationBatches.id} < ${page.cursor}` : undefined,
      ),
    )
    .orderBy(desc(invitationBatches.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function statusCountsOf(ex: Executor, workspaceId: string, batchIds: string[]) {
  const counts = new Map<string, StatusCounts>();
  for (const id of batchIds) {
    counts.set(id, Object.fromEntries(INVITATION_STATUSES.map((s) => [s, 0])) as StatusCounts);
  }
  if (batchIds.length === 0) return counts;
  const rows = await ex
    .select({ batchId: invitations.batchId, status: invitations.status, count: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), inArray(invitations.batchId, batchIds)))
    .groupBy(invitations.batchId, invitations.status);
  for (const row of rows) {
    const entry = counts.get(row.batchId);
    if (entry) entry[row.status as InvitationStatus] = row.count;
  }
  return counts;
}

// Invitations

export async function insertInvitations(ex: Executor, rows: NewInvitation[]) {
  // 1,000 rows × 15 columns stays well under PostgreSQL's 65,535 parameters per statement.
  for (let start = 0; start < rows.length; start += 1000) {
    await ex.insert(invitations).values(rows.slice(start, start + 1000));
  }
}

export async function findInvitation(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex.select().from(invitations).where(byId(workspaceId, id));
  return row;
}

export async function findInvitationByTokenHash(ex: Executor, tokenHash: string) {
  const [row] = await ex.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  return row;
}

/** In recipient order; cursor = id of the last invitation of the previous page. */
export async function listInvitations(
  ex: Executor,
  workspaceId: string,
  batchId: string,
  page: { cursor?: string | undefined; limit: number; status?: InvitationStatus | undefined },
) {
  const rows = await ex
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.batchId, batchId),
        page.cursor ? gt(invitations.id, page.cursor) : undefined,
        page.status ? eq(invitations.status, page.status) : undefined,
      ),
    )
    .orderBy(asc(invitations.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(toInvitation);
  return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
}

type Changes = Partial<Omit<NewInvitation, "workspaceId" | "id">>;

/** Applies `changes` when the invitation is in one of `from` (all statuses when omitted); true if it was. */
export async function updateInvitation(
  ex: Executor,
  workspaceId: string,
  id: string,
  changes: Changes,
  from?: InvitationStatus[],
) {
  const rows = await ex
    .update(invitations)
    .set(changes)
    .where(and(byId(workspaceId, id), from ? inStatus(...from) : undefined))
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/** Counts one more passing delivery failure with its message; returns the failures so far. */
export async function recordPassingFailure(
  ex: Executor,
  workspaceId: string,
  id: string,
  error: string,
  now: Date,
) {
  const [row] = await ex
    .update(invitations)
    .set({ error, failedAttempts: sql`${invitations.failedAttempts} + 1`, updatedAt: now })
    .where(byId(workspaceId, id))
    .returning({ failedAttempts: invitations.failedAttempts });
  return row?.failedAttempts ?? 0;
}

/** An opened email: the time is kept once; the status moves on only from queued or sent. */
export async function markOpened(ex: Executor, workspaceId: string, id: string, now: Date) {
  await ex
    .update(invitations)
    .set({
      openedAt: sql`coalesce(${invitations.openedAt}, ${now.toISOString()}::timestamptz)`,
      status: sql`case when ${invitations.status} in ('queued', 'sent') then 'opened' else ${invitations.status} end`,
      updatedAt: now,
    })
    .where(byId(workspaceId, id));
}

/**
 * A clicked link: the invitation is started (unless it is further on) with its response; the first start
 * time is kept, and `updated_at` tells the completion check the respondent is active.
 */
export async function markStarted(
  ex: Executor,
  workspaceId: string,
  id: string,
  responseId: string,
  now: Date,
) {
  await ex
    .update(invitations)
    .set({
      status: sql`case when ${invitations.status} in ('queued', 'sent', 'opened', 'failed') then 'started' else ${invitations.status} end`,
      startedAt: sql`coalesce(${invitations.startedAt}, ${now.toISOString()}::timestamptz)`,
      responseId: sql`coalesce(${invitations.responseId}, ${responseId}::uuid)`,
      updatedAt: now,
    })
    .where(byId(workspaceId, id));
}

/** Due reminders, claimed: their next time is cleared in the same statement, so each is enqueued once. */
export async function claimDueReminders(ex: Executor, now: Date, limit: number) {
  const due = ex
    .select({ workspaceId: invitations.workspaceId, id: invitations.id })
    .from(invitations)
    .where(and(lte(invitations.nextReminderAt, now), inStatus("sent", "opened", "started")))
    .orderBy(asc(invitations.nextReminderAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return ex
    .update(invitations)
    .set({ nextReminderAt: null })
    .where(sql`(${invitations.workspaceId}, ${invitations.id}) in (${due})`)
    .returning({
      workspaceId: invitations.workspaceId,
      id: invitations.id,
      remindersSent: invitations.remindersSent,
    });
}

/** Started invitations active since `activeSince`, least recently checked first; marked checked now. */
export async function claimStartedToCheck(ex: Executor, activeSince: Date, now: Date, limit: number) {
  const pending = ex
    .select({ workspaceId: invitations.workspaceId, id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.status, "started"), gt(invitations.updatedAt, activeSince)))
    .orderBy(sql`${invitations.checkedAt} asc nulls first`)
    .limit(limit)
    .for("update", { skipLocked: true });
  return ex
    .update(invitations)
    .set({ checkedAt: now })
    .where(sql`(${invitations.workspaceId}, ${invitations.id}) in (${pending})`)
    .returning({
      workspaceId: invitations.workspaceId,
      id: invitations.id,
      surveyId: invitations.surveyId,
      responseId: invitations.responseId,
    });
}
