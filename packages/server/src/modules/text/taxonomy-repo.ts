// The SQL of a workspace's taxonomy: its own topics and the version counter every change raises.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { textTaxonomies, textTopics } from "./schema.ts";

export async function taxonomyVersion(ex: Executor, workspaceId: string): Promise<number> {
  const [row] = await ex
    .select({ version: textTaxonomies.version })
    .from(textTaxonomies)
    .where(eq(textTaxonomies.workspaceId, workspaceId));
  return row?.version ?? 0;
}

/** Raises the version by one and returns it; the row lock serialises concurrent changes. */
export async function raiseTaxonomyVersion(ex: Executor, workspaceId: string, now: Date): Promise<number> {
  const [row] = await ex
    .insert(textTaxonomies)
    .values({ workspaceId, version: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: textTaxonomies.workspaceId,
      set: { version: sql`${textTaxonomies.version} + 1`, updatedAt: now },
    })
    .returning({ version: textTaxonomies.version });
  return row?.version ?? 1;
}

export async function customTopics(ex: Executor, workspaceId: string): Promise<unknown[]> {
  const rows = await ex
    .select({ topic: textTopics.topic })
    .from(textTopics)
    .where(eq(textTopics.workspaceId, workspaceId))
    .orderBy(asc(textTopics.id));
  return rows.map((row) => row.topic);
}

export async function findCustomTopic(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select({ topic: textTopics.topic })
    .from(textTopics)
    .where(and(eq(textTopics.workspaceId, workspaceId), eq(textTopics.id, id)));
  return row?.topic;
}

export async function upsertCustomTopic(
  ex: Executor,
  workspaceId: string,
  id: string,
  topic: unknown,
  now: Date,
) {
  await ex
    .insert(textTopics)
    .values({ workspaceId, id, topic, updatedAt: now })
    .onConflictDoUpdate({ target: [textTopics.workspaceId, textTopics.id], set: { topic, updatedAt: now } });
}

export async function deleteCustomTopic(ex: Executor, workspaceId: string, id: string) {
  await ex.delete(textTopics).where(and(eq(textTopics.workspaceId, workspaceId), eq(textTopics.id, id)));
}
