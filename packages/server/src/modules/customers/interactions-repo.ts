// The SQL of interactions: one multi-row insert per batch that skips events already stored, and reads by
// event id. The rows travel as one JSON parameter (jsonb_populate_recordset): building and sending 15,000
// bound parameters for a batch of 1,000 cost three times as long on both engines.
import type { Interaction } from "@touchpoint/core";
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { interactions } from "./schema.ts";

export type InteractionRow = typeof interactions.$inferSelect;

const COLUMNS = Object.entries(getTableColumns(interactions));

/** The row as the table's record type reads it from JSON: keyed by column name. */
const asRecord = (row: InteractionRow) =>
  Object.fromEntries(COLUMNS.map(([key, column]) => [column.name, row[key as keyof InteractionRow]]));

/**
 * Inserts the rows, skipping those whose event id the workspace already has (ON CONFLICT DO NOTHING: a
 * concurrent sender of the same event waits for the first and then skips, never errs). Returns the ids
 * inserted; the other rows are duplicates.
 */
export async function insertInteractions(ex: Executor, rows: InteractionRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = (await ex.execute(sql`
    insert into ${interactions}
    select * from jsonb_populate_recordset(null::${interactions}, ${JSON.stringify(rows.map(asRecord))}::jsonb)
    on conflict (workspace_id, event_id) where event_id is not null do nothing
    returning id`)) as unknown as { rows: { id: string }[] };
  return new Set(result.rows.map((row) => row.id));
}

/** The workspace's stored interactions with these event ids, by event id. */
export async function findByEventIds(
  ex: Executor,
  workspaceId: string,
  eventIds: string[],
): Promise<Map<string, InteractionRow>> {
  if (eventIds.length === 0) return new Map();
  const rows = await ex
    .select()
    .from(interactions)
    .where(and(eq(interactions.workspaceId, workspaceId), inArray(interactions.eventId, eventIds)));
  return new Map(rows.map((row) => [row.eventId ?? "", row]));
}

export function toInteraction(row: InteractionRow): Interaction {
  return {
    id: row.id,
    customerId: row.customerId,
    eventId: row.eventId,
    channel: row.channel as Interaction["channel"],
    touchpoint: row.touchpoint,
    type: row.type,
    occurredAt: row.occurredAt.toISOString(),
    outcome: row.outcome as Interaction["outcome"],
    effort: row.effort,
    durationSeconds: row.durationSeconds,
    agent: row.agent,
    note: row.note,
    metadata: row.metadata as Interaction["metadata"],
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the text enrichment reads of an interaction: its note, customer and time. */
export async function findNote(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select({
      note: interactions.note,
      customerId: interactions.customerId,
      occurredAt: interactions.occurredAt,
    })
    .from(interactions)
    .where(and(eq(interactions.workspaceId, workspaceId), eq(interactions.id, id)));
  return row;
}
