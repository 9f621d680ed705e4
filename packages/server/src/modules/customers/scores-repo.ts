// The SQL of customers' latest scores (customer_scores: one row per customer and metric).
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { customerScores } from "./schema.ts";

export type LatestScoreRow = typeof customerScores.$inferSelect;

/**
 * Inserts the score, or replaces the stored one only when this one is newer: completed later, or at the same
 * instant by a later response id (so the outcome does not depend on the order jobs run in).
 */
export async function upsertLatestScore(ex: Executor, row: LatestScoreRow) {
  await ex
    .insert(customerScores)
    .values(row)
    .onConflictDoUpdate({
      target: [customerScores.workspaceId, customerScores.customerId, customerScores.metric],
      set: {
        value: sql`excluded.value`,
        responseId: sql`excluded.response_id`,
        surveyId: sql`excluded.survey_id`,
        at: sql`excluded.at`,
      },
      setWhere: sql`(${customerScores.at}, ${customerScores.responseId}) < (excluded.at, excluded.response_id)`,
    });
}

export function latestScoresOf(ex: Executor, workspaceId: string, customerId: string) {
  return ex
    .select()
    .from(customerScores)
    .where(and(eq(customerScores.workspaceId, workspaceId), eq(customerScores.customerId, customerId)))
    .orderBy(asc(customerScores.metric));
}
