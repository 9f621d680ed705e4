// The SQL of merge suggestions: pairs of customers one record named both of.
import { sql } from "drizzle-orm";
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
