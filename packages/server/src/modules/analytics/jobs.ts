// Rollup maintenance: the analytics.rollup job drains a workspace's queue of counted responses into the
// rollup tables in batches, and a sweep every minute drains whatever is left (after downtime, or when a
// job was lost). Listeners hear of each committed batch, for live dashboards (other processes too, by NOTIFY).
import { EventEmitter } from "node:events";
import { setImmediate } from "node:timers/promises";
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/database.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { findWorkspaceTimeZone } from "../platform/workspaces.ts";
import { ROLLUP_JOB, type RollupJob } from "./queue-rollup.ts";
import { notifyRollupApplied } from "./rollup-notify.ts";
import {
  claimPending,
  lockWorkspaceRollups,
  responseIdIn,
  surveysOfResponses,
  workspacesWithPending,
} from "./rollup-repo.ts";
import { addToRollups, completedResponse } from "./rollup-statements.ts";

export const ROLLUP_SWEEP_JOB = "analytics.rollup-sweep";

/** Responses per transaction: big enough that the six upserts amortise, small enough to hold locks briefly. */
export const DRAIN_BATCH = 1_000;

export interface RollupApplied {
  workspaceId: string;
  surveyIds: string[];
}

const applied = new EventEmitter<{ applied: [RollupApplied] }>();

/** Calls `listener` after every committed batch of rollups; returns the function that stops it. */
export function onRollupApplied(listener: (event: RollupApplied) => void): () => void {
  applied.on("applied", listener);
  return () => applied.off("applied", listener);
}

/**
 * One batch in one transaction: claim pending rows, add their responses to the rollups, and (by claiming)
 * delete the rows. Exactly once: a pending row is written once, in the transaction that counts its
 * response; the transaction that deletes it is the one that adds it, so a crash undoes both, and a
 * concurrent drain either skips the locked row or finds it gone. Returns what was applied.
 */
async function drainBatch(database: Database, workspaceId: string, timeZone: string, limit: number) {
  return database.transaction(async (tx) => {
    // Shared: drains of one workspace run side by side, but never while a rebuild of it runs.
    await lockWorkspaceRollups(tx, workspaceId, "shared");
    const ids = await claimPending(tx, workspaceId, limit);
    if (ids.length === 0) return undefined;
    const surveyIds = await surveysOfResponses(tx, workspaceId, ids);
    await addToRollups(tx, {
      where: sql`${responseIdIn(workspaceId, ids)} and ${completedResponse}`,
      timeZone,
    });
    if (database.engine === "postgres") await notifyRollupApplied(tx, workspaceId, surveyIds);
    return { workspaceId, surveyIds, responses: ids.length };
  });
}

/** Drains the workspace's queue until it is empty; returns how many responses were applied. */
export async function drainRollups(database: Database, workspaceId: string, limit = DRAIN_BATCH) {
  const timeZone = await findWorkspaceTimeZone(database.db, workspaceId);
  if (timeZone === undefined) return 0;
  let total = 0;
  for (;;) {
    const batch = await drainBatch(database, workspaceId, timeZone, limit);
    if (!batch) return total;
    total += batch.responses;
    applied.emit("applied", { workspaceId, surveyIds: batch.surveyIds });
    // Embedded PGlite runs each statement on this thread and resolves it as a microtask: without a turn
    // of the event loop between batches, a long drain would hold back every HTTP request until it ends.
    await setImmediate();
  }
}

/** Drains every workspace that has responses waiting. */
export async function sweepRollups(database: Database) {
  let total = 0;
  for (const workspaceId of await workspacesWithPending(database.db)) {
    total += await drainRollups(database, workspaceId);
  }
  return total;
}

export async function registerAnalyticsJobs(jobs: JobQueue, deps: { database: Database }) {
  // Stately: one job per workspace waiting and one running, so a burst of responses makes one drain.
  await jobs.boss.createQueue(ROLLUP_JOB, {
    policy: "stately",
    retryLimit: 5,
    retryBackoff: true,
    retryDelay: 5,
  });
  await jobs.work<RollupJob>(ROLLUP_JOB, async (job) => {
    await drainRollups(deps.database, job.workspaceId);
  });
  await jobs.work(ROLLUP_SWEEP_JOB, async () => {
    await sweepRollups(deps.database);
  });
  await jobs.boss.schedule(ROLLUP_SWEEP_JOB, "* * * * *");
}
