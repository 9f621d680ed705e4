// Fans rollup events out to every API process on PostgreSQL: a drain batch sends NOTIFY touchpoint_rollups
// inside its own transaction, so the notification is delivered exactly when the batch commits.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";

export const ROLLUP_CHANNEL = "touchpoint_rollups";

/**
 * This process's id in every payload it sends: its own drains reach its clients through the in-process
 * emitter at once, so the listener drops its own notifications instead of delivering them twice.
 */
export const PROCESS_ORIGIN = newId();

export const rollupNotificationSchema = z.object({
  origin: z.string(),
  workspaceId: z.string(),
  surveyIds: z.array(z.string()),
});
export type RollupNotification = z.infer<typeof rollupNotificationSchema>;

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; room is kept for multi-byte ids. */
const MAX_PAYLOAD_BYTES = 7_000;

/** The payloads for one batch: the survey ids split so that each payload stays under the limit. */
export function rollupPayloads(workspaceId: string, surveyIds: string[], origin = PROCESS_ORIGIN) {
  const payloads: string[] = [];
  const payloadOf = (ids: string[]) => JSON.stringify({ origin, workspaceId, surveyIds: ids });
  const empty = Buffer.byteLength(payloadOf([]));
  let chunk: string[] = [];
  let bytes = empty;
  for (const surveyId of surveyIds) {
    // The id as JSON, and the comma before it.
    const added = Buffer.byteLength(JSON.stringify(surveyId)) + 1;
    if (chunk.length > 0 && bytes + added >= MAX_PAYLOAD_BYTES) {
      payloads.push(payloadOf(chunk));
      chunk = [];
      bytes = empty;
    }
    chunk.push(surveyId);
    bytes += added;
  }
  if (chunk.length > 0) payloads.push(payloadOf(chunk));
  return payloads;
}

/** Queues the batch's notifications in its transaction; PostgreSQL sends them on commit, never on rollback. */
export async function notifyRollupApplied(tx: Tx, workspaceId: string, surveyIds: string[]) {
  for (const payload of rollupPayloads(workspaceId, surveyIds)) {
    await tx.execute(sql`select pg_notify(${ROLLUP_CHANNEL}, ${payload})`);
  }
}
