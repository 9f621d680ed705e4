// The merge log as the API shows it: a customer's merges, newest first, each saying whether it can be
// undone now. Undo goes in reverse order: only the latest merge still in force of its survivor.
import type { Executor } from "../../platform/db/database.ts";
import { NotFoundError } from "../../platform/errors.ts";
import type { AuditActor, Caller } from "../platform/caller.ts";
import { filledFieldNames } from "./merge-profile.ts";
import {
  latestActiveMerge,
  type MergeRow,
  type MovedIds,
  mergesOf,
  OWNED_KINDS,
  type SurvivorBefore,
} from "./merge-repo.ts";
import type { CustomerMerge } from "./merge-shapes.ts";
import * as repo from "./repo.ts";
import type { CustomersDeps } from "./service.ts";

/** Why this merge cannot be undone now, or null when it can. */
export async function undoBlocker(
  ex: Executor,
  workspaceId: string,
  merge: MergeRow,
): Promise<{ code: string; message: string } | null> {
  if (merge.undoneAt) return { code: "merge_undone", message: "This merge was already undone." };
  const [survivor, merged] = [
    await repo.findCustomerRow(ex, workspaceId, merge.survivorId),
    await repo.findCustomerRow(ex, workspaceId, merge.mergedId),
  ];
  if (survivor?.erasedAt || merged?.erasedAt) {
    return { code: "customer_erased", message: "A customer of this merge was erased: it cannot be undone." };
  }
  const latest = await latestActiveMerge(ex, workspaceId, merge.survivorId);
  if (latest !== merge.id) {
    return {
      code: "later_merge",
      message: `Customer ${merge.survivorId} took part in a later merge (${latest}): undo that one first.`,
    };
  }
  return null;
}

export function toCustomerMerge(row: MergeRow, undoable: boolean): CustomerMerge {
  const moved = row.moved as MovedIds;
  const before = row.survivorBefore as Partial<SurvivorBefore>;
  const actor = row.actor as AuditActor;
  return {
    id: row.id,
    survivorId: row.survivorId,
    mergedId: row.mergedId,
    moved: Object.fromEntries(
      OWNED_KINDS.map((kind) => [kind, moved[kind]?.length ?? 0]),
    ) as CustomerMerge["moved"],
    filled: filledFieldNames(before.filled ?? {}),
    scores: Object.keys(before.scores ?? {}),
    actor: { type: actor.type, label: actor.label },
    mergedAt: row.mergedAt.toISOString(),
    undoneAt: row.undoneAt?.toISOString() ?? null,
    undoable,
  };
}

export async function describeMerge(ex: Executor, workspaceId: string, row: MergeRow) {
  return toCustomerMerge(row, (await undoBlocker(ex, workspaceId, row)) === null);
}

/** The merges a customer took part in, as survivor or as merged. */
export async function listMerges(deps: Pick<CustomersDeps, "database">, caller: Caller, customerId: string) {
  const db = deps.database.db;
  if (!(await repo.findCustomerRow(db, caller.workspaceId, customerId))) throw new NotFoundError("Customer");
  const rows = await mergesOf(db, caller.workspaceId, customerId);
  const items: CustomerMerge[] = [];
  for (const row of rows) items.push(await describeMerge(db, caller.workspaceId, row));
  return items;
}
