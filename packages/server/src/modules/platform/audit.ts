// The audit log: every administrative change, who made it, when, and the state before and after.
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { AuditActor } from "./caller.ts";
import * as repo from "./repo.ts";

export interface AuditChange {
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Written in the same transaction as the change, so there is no change without its entry. */
export async function recordAudit(ex: Executor, workspaceId: string, actor: AuditActor, change: AuditChange) {
  await repo.insertAudit(ex, {
    workspaceId,
    id: newId(),
    actor,
    action: change.action,
    targetType: change.targetType,
    targetId: change.targetId,
    before: change.before ?? null,
    after: change.after ?? null,
  });
}

export function listAuditLog(
  ex: Executor,
  workspaceId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  return repo.listAudit(ex, workspaceId, page.cursor, page.limit);
}
