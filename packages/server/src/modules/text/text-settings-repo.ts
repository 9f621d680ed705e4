// The SQL of a workspace's text settings: one row per workspace that changed them.
import { eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { textSettings } from "./schema.ts";

export async function findTextSettings(ex: Executor, workspaceId: string) {
  const [row] = await ex
    .select({ maxTextLength: textSettings.maxTextLength, updatedAt: textSettings.updatedAt })
    .from(textSettings)
    .where(eq(textSettings.workspaceId, workspaceId));
  return row;
}

export async function upsertTextSettings(
  ex: Executor,
  workspaceId: string,
  values: { maxTextLength: number },
  now: Date,
) {
  await ex
    .insert(textSettings)
    .values({ workspaceId, maxTextLength: values.maxTextLength, updatedAt: now })
    .onConflictDoUpdate({
      target: textSettings.workspaceId,
      set: { maxTextLength: values.maxTextLength, updatedAt: now },
    });
}
