// Use case: undo a merge. Moves back exactly the records the merge moved (those the survivor received since
// stay with it), takes back the profile fields it filled unless someone changed them since, gives back the
// survivor's replaced scores, and makes the merged customer live again. Merges undo in reverse order.
import { ConflictError, NotFoundError } from "../../platform/errors.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { lockCustomers, profileOf } from "./merge-customers.ts";
import { describeMerge, undoBlocker } from "./merge-log.ts";
import { unfillProfile } from "./merge-profile.ts";
import * as mergeRepo from "./merge-repo.ts";
import { giveBackScores } from "./merge-scores.ts";
import * as repo from "./repo.ts";
import { type CustomersDeps, getCustomer } from "./service.ts";

export async function undoMerge(
  deps: Pick<CustomersDeps, "database" | "clock">,
  caller: Caller,
  mergeId: string,
) {
  const { workspaceId } = caller;
  const found = await mergeRepo.findMerge(deps.database.db, workspaceId, mergeId);
  if (!found) throw new NotFoundError("Merge");
  const { survivorId, mergedId } = found;
  const merge = await deps.database.transaction(async (tx) => {
    const rows = await lockCustomers(tx, workspaceId, [survivorId, mergedId]);
    const survivor = rows.get(survivorId);
    const merge = await mergeRepo.lockMerge(tx, workspaceId, mergeId);
    if (!survivor || !rows.get(mergedId) || !merge) throw new NotFoundError("Merge");
    const blocker = await undoBlocker(tx, workspaceId, merge);
    if (blocker) throw new ConflictError(blocker.message, blocker.code);
    const now = deps.clock.now();
    const moved = merge.moved as mergeRepo.MovedIds;
    const back = {} as Record<mergeRepo.OwnedKind, number>;
    for (const kind of mergeRepo.OWNED_KINDS) {
      back[kind] = await mergeRepo.moveBack(tx, kind, workspaceId, moved[kind] ?? [], survivorId, mergedId);
    }
    const before = merge.survivorBefore as mergeRepo.SurvivorBefore;
    await giveBackScores(tx, workspaceId, survivorId, before.scores);
    await repo.updateCustomerRow(tx, workspaceId, survivorId, {
      ...unfillProfile(profileOf(survivor), before.filled),
      updatedAt: now,
    });
    await repo.updateCustomerRow(tx, workspaceId, mergedId, { mergedInto: null, updatedAt: now });
    await repo.refreshSearchText(tx, workspaceId, survivorId);
    await repo.refreshSearchText(tx, workspaceId, mergedId);
    await mergeRepo.markUndone(tx, workspaceId, mergeId, now);
    const actor = actorOf(caller);
    for (const customerId of [survivorId, mergedId]) {
      await repo.insertCustomerEvent(tx, {
        workspaceId,
        customerId,
        kind: "unmerged",
        data: { mergeId, survivorId, mergedId, movedBack: back },
        actor,
        occurredAt: now,
      });
    }
    await recordAudit(tx, workspaceId, actor, {
      action: "customers.unmerge",
      targetType: "customer",
      targetId: survivorId,
      after: { mergeId, mergedId, movedBack: back },
    });
    const undone = await mergeRepo.findMerge(tx, workspaceId, mergeId);
    if (!undone) throw new Error(`merge ${mergeId} vanished while being undone`);
    return describeMerge(tx, workspaceId, undone);
  });
  return {
    merge,
    survivor: await getCustomer(deps, caller, survivorId),
    restored: await getCustomer(deps, caller, mergedId),
  };
}
