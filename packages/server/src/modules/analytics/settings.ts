// A workspace's analytics settings; defaults apply until someone changes them.
import { eq } from "drizzle-orm";
import type { Database, Executor } from "../../platform/db/database.ts";
import { analyticsSettings } from "./schema.ts";

export interface AnalyticsSettings {
  /** Groups with fewer responses are hidden, so no one reads a few respondents' answers off a chart. */
  anonymityThreshold: number;
}

export const DEFAULT_ANONYMITY_THRESHOLD = 5;

/** Takes the database (like the stats readers) or an open transaction. */
export async function getAnalyticsSettings(
  db: Database | Executor,
  workspaceId: string,
): Promise<AnalyticsSettings> {
  const ex = "engine" in db ? db.db : db;
  const [row] = await ex
    .select({ anonymityThreshold: analyticsSettings.anonymityThreshold })
    .from(analyticsSettings)
    .where(eq(analyticsSettings.workspaceId, workspaceId));
  return { anonymityThreshold: row?.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD };
}
