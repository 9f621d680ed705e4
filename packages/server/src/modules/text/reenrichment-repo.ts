// The SQL of re-enrichment runs and of the walk over a workspace's text sources: completed responses with an
// answer that can hold text, then interactions with a note, each in id order (keyset pages). Responses and
// interactions belong to other modules; they are read here because the walk must page over both in SQL.
import type { TextSourceKind } from "@touchpoint/core";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { interactions } from "../customers/schema.ts";
import { responses } from "../responses/schema.ts";
import { textReenrichmentRuns } from "./schema.ts";

export type ReenrichmentRunRow = typeof textReenrichmentRuns.$inferSelect;

export interface SourceKey {
  kind: TextSourceKind;
  id: string;
}

// A string answer (text, or a choice) or a choice's "other" text: a cheap superset of open texts, narrowed
// by the enrichment, which knows the question types. Scores and choices alone are never read.
const responseMayHoldText = sql`${responses.status} = 'completed' and exists (select 1 from jsonb_each(${responses.answers}) as answer where jsonb_typeof(answer.value) = 'string' or (jsonb_typeof(answer.value) = 'object' and answer.value ? 'other'))`;
const interactionHasNote = sql`${interactions.note} is not null and btrim(${interactions.note}) <> ''`;

export async function countSources(ex: Executor, workspaceId: string): Promise<number> {
  const result = (await ex.execute(sql`
    select (select count(*) from ${responses} where ${responses.workspaceId} = ${workspaceId} and ${responseMayHoldText})
         + (select count(*) from ${interactions} where ${interactions.workspaceId} = ${workspaceId} and ${interactionHasNote})
      as total`)) as unknown as { rows: { total: number | string }[] };
  return Number(result.rows[0]?.total ?? 0);
}

/** Up to `limit` sources after `after`: responses first, then interactions. */
export async function nextSources(
  ex: Executor,
  workspaceId: string,
  after: SourceKey | null,
  limit: number,
): Promise<SourceKey[]> {
  const found: SourceKey[] = [];
  if (!after || after.kind === "response_answer") {
    const rows = await ex
      .select({ id: responses.id })
      .from(responses)
      .where(
        and(
          eq(responses.workspaceId, workspaceId),
          after ? sql`${responses.id} > ${after.id}` : undefined,
          responseMayHoldText,
        ),
      )
      .orderBy(responses.id)
      .limit(limit);
    found.push(...rows.map((row) => ({ kind: "response_answer" as const, id: row.id })));
  }
  if (found.length < limit) {
    const rows = await ex
      .select({ id: interactions.id })
      .from(interactions)
      .where(
        and(
          eq(interactions.workspaceId, workspaceId),
          after?.kind === "interaction_note" ? sql`${interactions.id} > ${after.id}` : undefined,
          interactionHasNote,
        ),
      )
      .orderBy(interactions.id)
      .limit(limit - found.length);
    found.push(...rows.map((row) => ({ kind: "interaction_note" as const, id: row.id })));
  }
  return found;
}

export async function insertRun(ex: Executor, row: typeof textReenrichmentRuns.$inferInsert) {
  await ex.insert(textReenrichmentRuns).values(row);
}

const ofRun = (workspaceId: string, id: string) =>
  and(eq(textReenrichmentRuns.workspaceId, workspaceId), eq(textReenrichmentRuns.id, id));

/** The run, locked until the transaction ends: batches of one run never overlap. */
export async function lockRun(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex.select().from(textReenrichmentRuns).where(ofRun(workspaceId, id)).for("update");
  return row;
}

export async function lockRunningRun(ex: Executor, workspaceId: string) {
  const [row] = await ex
    .select()
    .from(textReenrichmentRuns)
    .where(and(eq(textReenrichmentRuns.workspaceId, workspaceId), eq(textReenrichmentRuns.status, "running")))
    .for("update");
  return row;
}

export async function latestRun(ex: Executor, workspaceId: string) {
  const [row] = await ex
    .select()
    .from(textReenrichmentRuns)
    .where(eq(textReenrichmentRuns.workspaceId, workspaceId))
    .orderBy(desc(textReenrichmentRuns.startedAt), desc(textReenrichmentRuns.id))
    .limit(1);
  return row;
}

export async function updateRun(
  ex: Executor,
  workspaceId: string,
  id: string,
  set: Partial<Omit<ReenrichmentRunRow, "workspaceId" | "id">>,
) {
  await ex.update(textReenrichmentRuns).set(set).where(ofRun(workspaceId, id));
}
