// The SQL of merges: moving a customer's records to another and back, and the merge log (customer_merges).
// Responses belong to the responses module; their customer_id moves here because a merge must move every
// record of a customer in one transaction, and the responses module has no use case for it yet.
import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import type { AuditActor } from "../platform/caller.ts";
import { responses } from "../responses/schema.ts";
import { textAnalyses } from "../text/schema.ts";
import type { FilledFields } from "./merge-profile.ts";
import {
  customerEvents,
  customerIdentities,
  customerMerges,
  customerScores,
  interactions,
} from "./schema.ts";

/** The tables whose rows belong to one customer by customer_id, as the merge log names them. */
const OWNED = {
  identities: customerIdentities,
  interactions,
  responses,
  events: customerEvents,
  // Derived, but a survivor's feedback segments must count the merged customer's comments too.
  textAnalyses,
} as const;
export type OwnedKind = keyof typeof OWNED;
export const OWNED_KINDS = Object.keys(OWNED) as OwnedKind[];

export type MovedIds = Record<OwnedKind, string[]>;

export interface ScoreSnapshot {
  metric: string;
  value: number;
  responseId: string;
  surveyId: string;
  at: string;
}

/** What the survivor had before: the profile fields the merge filled, and the scores it replaced. */
export interface SurvivorBefore {
  filled: FilledFields;
  scores: Record<string, { before: ScoreSnapshot | null; after: ScoreSnapshot }>;
}

export type MergeRow = typeof customerMerges.$inferSelect;

/** Moves every row of one kind from a customer to another; returns the ids moved. */
export async function moveAll(ex: Executor, kind: OwnedKind, workspaceId: string, from: string, to: string) {
  const table = OWNED[kind];
  const rows = await ex
    .update(table)
    .set({ customerId: to })
    .where(and(eq(table.workspaceId, workspaceId), eq(table.customerId, from)))
    .returning({ id: table.id });
  return rows.map((row) => row.id);
}

/** Keeps each statement far below PostgreSQL's 65,535 parameters, whatever a customer has accumulated. */
const SLICE = 5000;

/** Moves these rows back, those still on `from`; returns how many moved. */
export async function moveBack(
  ex: Executor,
  kind: OwnedKind,
  workspaceId: string,
  ids: string[],
  from: string,
  to: string,
) {
  const table = OWNED[kind];
  let moved = 0;
  for (let start = 0; start < ids.length; start += SLICE) {
    const rows = await ex
      .update(table)
      .set({ customerId: to })
      .where(
        and(
          eq(table.workspaceId, workspaceId),
          eq(table.customerId, from),
          inArray(table.id, ids.slice(start, start + SLICE)),
        ),
      )
      .returning({ id: table.id });
    moved += rows.length;
  }
  return moved;
}

export async function insertMerge(
  ex: Executor,
  merge: {
    workspaceId: string;
    id: string;
    survivorId: string;
    mergedId: string;
    moved: MovedIds;
    survivorBefore: SurvivorBefore;
    actor: AuditActor;
    mergedAt: Date;
  },
) {
  await ex.insert(customerMerges).values(merge);
}

const mergeById = (workspaceId: string, id: string) =>
  and(eq(customerMerges.workspaceId, workspaceId), eq(customerMerges.id, id));

export async function findMerge(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex.select().from(customerMerges).where(mergeById(workspaceId, id));
  return row;
}

export async function lockMerge(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex.select().from(customerMerges).where(mergeById(workspaceId, id)).for("update");
  return row;
}

export async function markUndone(ex: Executor, workspaceId: string, id: string, now: Date) {
  await ex.update(customerMerges).set({ undoneAt: now }).where(mergeById(workspaceId, id));
}

const involving = (customerId: string) =>
  or(eq(customerMerges.survivorId, customerId), eq(customerMerges.mergedId, customerId));

/** The newest merge still in force that this customer took part in, as survivor or as merged. */
export async function latestActiveMerge(ex: Executor, workspaceId: string, customerId: string) {
  const [row] = await ex
    .select({ id: customerMerges.id })
    .from(customerMerges)
    .where(
      and(
        eq(customerMerges.workspaceId, workspaceId),
        isNull(customerMerges.undoneAt),
        involving(customerId),
      ),
    )
    .orderBy(desc(customerMerges.mergedAt), desc(customerMerges.id))
    .limit(1);
  return row?.id;
}

/** Every merge this customer took part in, newest first (a customer takes part in few). */
export function mergesOf(ex: Executor, workspaceId: string, customerId: string) {
  return ex
    .select()
    .from(customerMerges)
    .where(and(eq(customerMerges.workspaceId, workspaceId), involving(customerId)))
    .orderBy(desc(customerMerges.mergedAt), desc(customerMerges.id));
}

// Latest scores: a merge gives the survivor the merged customer's newer ones, and its undo takes them back.

export async function putScore(ex: Executor, workspaceId: string, customerId: string, score: ScoreSnapshot) {
  const row = { ...score, at: new Date(score.at) };
  await ex
    .insert(customerScores)
    .values({ workspaceId, customerId, ...row })
    .onConflictDoUpdate({
      target: [customerScores.workspaceId, customerScores.customerId, customerScores.metric],
      set: { value: row.value, responseId: row.responseId, surveyId: row.surveyId, at: row.at },
    });
}

export async function deleteScore(ex: Executor, workspaceId: string, customerId: string, metric: string) {
  await ex
    .delete(customerScores)
    .where(
      and(
        eq(customerScores.workspaceId, workspaceId),
        eq(customerScores.customerId, customerId),
        eq(customerScores.metric, metric),
      ),
    );
}
