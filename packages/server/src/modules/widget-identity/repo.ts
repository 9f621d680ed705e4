// The SQL of the widget-identity module: one secret per workspace.
import { eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { widgetIdentitySecrets } from "./schema.ts";

export interface StoredSecret {
  secret: string;
  createdAt: Date;
}

export async function findSecret(
  ex: Executor,
  workspaceId: string,
  forUpdate = false,
): Promise<StoredSecret | undefined> {
  const query = ex
    .select({ secret: widgetIdentitySecrets.secret, createdAt: widgetIdentitySecrets.createdAt })
    .from(widgetIdentitySecrets)
    .where(eq(widgetIdentitySecrets.workspaceId, workspaceId));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

/** Stores the workspace's secret, replacing the one it had. */
export async function upsertSecret(ex: Executor, workspaceId: string, stored: StoredSecret) {
  await ex
    .insert(widgetIdentitySecrets)
    .values({ workspaceId, ...stored })
    .onConflictDoUpdate({ target: widgetIdentitySecrets.workspaceId, set: stored });
}
