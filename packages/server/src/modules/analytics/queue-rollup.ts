// The analytics.rollup job's name, payload and enqueueing, apart from its handler so the responses module
// imports no more of analytics than this.
import type { Tx } from "../../platform/db/database.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { analyticsPending } from "./schema.ts";

export const ROLLUP_JOB = "analytics.rollup";

export interface RollupJob {
  workspaceId: string;
}

/**
 * Puts a counted response on the workspace's rollup queue, in the transaction that counts it (so it is
 * queued exactly once), and asks for a drain. The queue is "stately" with the workspace as singleton key:
 * however many responses arrive, a workspace has at most one drain waiting and one running.
 */
export async function queueRollup(tx: Tx, jobs: JobQueue, workspaceId: string, responseId: string) {
  await tx.insert(analyticsPending).values({ workspaceId, responseId }).onConflictDoNothing();
  const job: RollupJob = { workspaceId };
  await jobs.enqueue(tx, ROLLUP_JOB, job, { singletonKey: workspaceId });
}
