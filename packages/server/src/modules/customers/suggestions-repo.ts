// The SQL of merge suggestions: pairs of customers one record named both of, queued for a person to merge
// or dismiss.
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { mergeSuggestions } from "./schema.ts";

/** Leaves one open suggestion per pair (stored in id order), whichever record found it first. */
export async function suggestMerge(
  ex: Executor,
  workspaceId: string,
  one: string,
  other: string,
  evidence: Record<string, unknown>,
  now: Date,
) {
  const [customerId, otherCustomerId] = one < other ? [one, other] : [other, one];
  await ex
    .insert(mergeSuggestions)
    .values({
      workspaceId,
      id: newId(),
      customerId,
      otherCustomerId,
      evidence,
      status: "open",
      createdAt: now,
    })
    .onConflictDoNothing({
      target: [mergeSuggestions.workspaceId, mergeSuggestions.customerId, mergeSuggestions.otherCustomerId],
      where: sql`${mergeSuggestions.status} = 'open'`,
    });
}

export type SuggestionRow = typeof mergeSuggestions.$inferSelect;

const suggestionById = (workspaceId: string, id: string) =>
  and(eq(mergeSuggestions.workspaceId, workspaceId), eq(mergeSuggestions.id, id));

/** A page of suggestions of one status, oldest first by id. */
export async function listSuggestions(
  ex: Executor,
  workspaceId: string,
  query: { status: string; cursor?: string | undefined; limit: number },
) {
  const rows = await ex
    .select()
    .from(mergeSuggestions)
    .where(
      and(
        eq(mergeSuggestions.workspaceId, workspaceId),
        eq(mergeSuggestions.status, query.status),
        query.cursor ? gt(mergeSuggestions.id, query.cursor) : undefined,
      ),
    )
    .orderBy(asc(mergeSuggestions.id))
    .limit(query.limit + 1);
  return { rows: rows.slice(0, query.limit), more: rows.length > query.limit };
}

export async function findSuggestion(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex.select().from(mergeSuggestions).where(suggestionById(workspaceId, id));
  return row;
}

/** Closes an open suggestion; false when it was not open (any more). */
export async function closeSuggestion(
  ex: Executor,
  workspaceId: string,
  id: string,
  status: "merged" | "dismissed",
  now: Date,
) {
  const rows = await ex
    .update(mergeSuggestions)
    .set({ status, resolvedAt: now })
    .where(and(suggestionById(workspaceId, id), eq(mergeSuggestions.status, "open")))
    .returning({ id: mergeSuggestions.id });
  return rows.length > 0;
}

/** Closes the open suggestion of this pair, if there is one. */
export async function resolveSuggestionsOf(
  ex: Executor,
  workspaceId: string,
  pair: [string, string],
  status: "merged" | "dismissed",
  now: Date,
) {
  const [customerId, otherCustomerId] = pair[0] < pair[1] ? pair : [pair[1], pair[0]];
  await ex
    .update(mergeSuggestions)
    .set({ status, resolvedAt: now })
    .where(
      and(
        eq(mergeSuggestions.workspaceId, workspaceId),
        eq(mergeSuggestions.customerId, customerId),
        eq(mergeSuggestions.otherCustomerId, otherCustomerId),
        eq(mergeSuggestions.status, "open"),
      ),
    );
}
