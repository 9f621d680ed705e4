// Use case: merge one customer into another. One transaction moves every record of the merged customer
// (identities, interactions, responses, profile events) to the survivor, fills the survivor's profile gaps,
// takes its newer scores, and logs exactly what moved so that the merge can be undone. The merged customer
// keeps its id and points to the survivor (mergedInto); reads of it follow there.
import type { Tx } from "../../platform/db/database.ts";
import { ConflictError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import type { Identity } from "./identities.ts";
import { describeMerge } from "./merge-log.ts";
import { fillProfile, type ProfileFields } from "./merge-profile.ts";
import * as mergeRepo from "./merge-repo.ts";
import { takeNewerScores } from "./merge-scores.ts";
import * as repo from "./repo.ts";
import { type CustomersDeps, getCustomer } from "./service.ts";
import { resolveSuggestionsOf } from "./suggestions-repo.ts";

/**
 * Locks two customers for a merge or its undo. First the identities both hold, in key order, the way
 * identity resolution takes them (so a record arriving now waits, then resolves to where the identities
 * went); then the two rows in id order, so two merges sharing a customer queue instead of deadlocking.
 */
export async function lockCustomers(tx: Tx, workspaceId: string, ids: string[]) {
  const identities = await repo.identitiesOf(tx, workspaceId, ids);
  await repo.lockIdentities(tx, workspaceId, identities as Identity[]);
  const rows = new Map<string, repo.CustomerRow>();
  for (const id of [...new Set(ids)].sort()) {
    const row = await repo.lockCustomerRow(tx, workspaceId, id);
    if (row) rows.set(id, row);
  }
  return rows;
}

export function profileOf(row: repo.CustomerRow): ProfileFields {
  return {
    name: row.name,
    language: row.language,
    attributes: row.attributes as ProfileFields["attributes"],
    tags: row.tags as string[],
    consent: row.consent as ProfileFields["consent"],
    preferences: row.preferences as ProfileFields["preferences"],
  };
}

/** A merged or erased customer takes part in no merge: 409 naming why. */
export function refuseGone(row: repo.CustomerRow) {
  if (row.mergedInto) {
    throw new ConflictError(
      `Customer ${row.id} was already merged into ${row.mergedInto}: merge that customer instead.`,
      "customer_merged",
    );
  }
  if (row.erasedAt) throw new ConflictError(`Customer ${row.id}'s data was erased.`, "customer_erased");
}

export async function mergeCustomers(
  deps: Pick<CustomersDeps, "database" | "clock">,
  caller: Caller,
  survivorId: string,
  mergedId: string,
) {
  if (survivorId === mergedId) {
    throw new ConflictError("A customer cannot be merged with itself.", "self_merge");
  }
  const { workspaceId } = caller;
  const merge = await deps.database.transaction(async (tx) => {
    const rows = await lockCustomers(tx, workspaceId, [survivorId, mergedId]);
    const survivor = rows.get(survivorId);
    const merged = rows.get(mergedId);
    if (!survivor || !merged) throw new NotFoundError("Customer");
    refuseGone(survivor);
    refuseGone(merged);
    const now = deps.clock.now();
    const id = newId();
    const moved = {} as mergeRepo.MovedIds;
    for (const kind of mergeRepo.OWNED_KINDS) {
      moved[kind] = await mergeRepo.moveAll(tx, kind, workspaceId, mergedId, survivorId);
    }
    const scores = await takeNewerScores(tx, workspaceId, survivorId, mergedId);
    const { profile, filled } = fillProfile(profileOf(survivor), profileOf(merged));
    await repo.updateCustomerRow(tx, workspaceId, survivorId, { ...profile, updatedAt: now });
    await repo.updateCustomerRow(tx, workspaceId, mergedId, { mergedInto: survivorId, updatedAt: now });
    await repo.refreshSearchText(tx, workspaceId, survivorId);
    await repo.refreshSearchText(tx, workspaceId, mergedId);
    const actor = actorOf(caller);
    await mergeRepo.insertMerge(tx, {
      workspaceId,
      id,
      survivorId,
      mergedId,
      moved,
      survivorBefore: { filled, scores },
      actor,
      mergedAt: now,
    });
    const counts = Object.fromEntries(mergeRepo.OWNED_KINDS.map((kind) => [kind, moved[kind].length]));
    for (const [customerId, data] of [
      [survivorId, { mergeId: id, mergedId, moved: counts }],
      [mergedId, { mergeId: id, survivorId }],
    ] as const) {
      await repo.insertCustomerEvent(tx, {
        workspaceId,
        customerId,
        kind: "merged",
        data,
        actor,
        occurredAt: now,
      });
    }
    await resolveSuggestionsOf(tx, workspaceId, [survivorId, mergedId], "merged", now);
    // Ids and counts only: the audit log outlives an erasure, so it holds no personal data.
    await recordAudit(tx, workspaceId, actor, {
      action: "customers.merge",
      targetType: "customer",
      targetId: survivorId,
      after: { mergeId: id, mergedId, moved: counts },
    });
    const row = await mergeRepo.findMerge(tx, workspaceId, id);
    if (!row) throw new Error(`merge ${id} was not stored`);
    return describeMerge(tx, workspaceId, row);
  });
  return { merge, survivor: await getCustomer(deps, caller, survivorId) };
}
