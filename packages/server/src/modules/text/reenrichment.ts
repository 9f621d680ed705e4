// Re-enrichment: analyses every text source of a workspace again with its current taxonomy and trained
// models, and analyses the sources never analysed (back-fill). A run walks the sources in keyset-paged batches; each batch's
// analyses and the run's progress commit together, so a worker that stops (crash, deploy) loses nothing and
// the next one continues from the cursor. Re-analysing is idempotent: unchanged rows are not rewritten.
import type { ReenrichmentRun, ReenrichmentState } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Tx } from "../../platform/db/database.ts";
import { ConflictError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { activeModels } from "./active-models.ts";
import { analyseSource } from "./analyse-source.ts";
import { effectiveTaxonomy } from "./effective-taxonomy.ts";
import * as repo from "./reenrichment-repo.ts";
import { textSettingsOf } from "./text-settings.ts";

export const TEXT_REENRICH_JOB = "text.reenrich";

export interface TextReenrichJob {
  workspaceId: string;
  runId: string;
}

/** Sources per transaction: short enough not to hold locks long, large enough to amortise the commit. */
export const REENRICH_BATCH = 200;
/** Batches per job; the job then enqueues its continuation, so no single job outlives pg-boss's expiry. */
const BATCHES_PER_JOB = 50;

export type ReenrichmentReason = "taxonomy" | "model" | "manual";

interface RunDeps {
  database: Database;
  jobs: JobQueue;
  clock: Clock;
}

function toRun(row: repo.ReenrichmentRunRow): ReenrichmentRun {
  return {
    id: row.id,
    status: row.status as ReenrichmentRun["status"],
    total: row.total,
    done: row.done,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    reason: row.reason,
  };
}

/**
 * Starts a run inside the caller's transaction, or restarts the running one from the first source: a
 * taxonomy change in the middle of a run must reach the sources the run has already passed.
 */
export async function startReenrichment(
  deps: { jobs: JobQueue; clock: Clock },
  tx: Tx,
  caller: Caller,
  reason: ReenrichmentReason,
): Promise<string> {
  const { workspaceId } = caller;
  const now = deps.clock.now();
  const total = await repo.countSources(tx, workspaceId);
  const running = await repo.lockRunningRun(tx, workspaceId);
  const id = running?.id ?? newId();
  if (running) {
    await repo.updateRun(tx, workspaceId, id, { total, done: 0, cursorKind: null, cursorId: null, reason });
  } else {
    await repo.insertRun(tx, { workspaceId, id, status: "running", reason, total, done: 0, startedAt: now });
  }
  await recordAudit(tx, workspaceId, actorOf(caller), {
    action: running ? "text.reenrichment.restarted" : "text.reenrichment.started",
    targetType: "text_reenrichment_run",
    targetId: id,
    after: { reason, total },
  });
  await deps.jobs.enqueue(tx, TEXT_REENRICH_JOB, { workspaceId, runId: id } satisfies TextReenrichJob);
  return id;
}

/** POST /text/reenrichment: one running run per workspace, so a second start is a conflict. */
export async function requestReenrichment(deps: RunDeps, caller: Caller): Promise<ReenrichmentState> {
  await deps.database.transaction(async (tx) => {
    if (await repo.lockRunningRun(tx, caller.workspaceId)) {
      throw new ConflictError(
        "A re-enrichment is already running in this workspace.",
        "reenrichment_running",
      );
    }
    await startReenrichment(deps, tx, caller, "manual");
  });
  return getReenrichment(deps, caller);
}

export async function getReenrichment(
  deps: { database: Database },
  caller: Caller,
): Promise<ReenrichmentState> {
  const row = await repo.latestRun(deps.database.db, caller.workspaceId);
  return { run: row ? toRun(row) : null };
}

/**
 * Analyses the next batch of the run's sources and moves its cursor, in one transaction. Returns false
 * when the run is finished (or not running any more).
 */
export async function reenrichNextBatch(
  deps: { database: Database; clock: Clock },
  job: TextReenrichJob,
  batchSize = REENRICH_BATCH,
): Promise<boolean> {
  return deps.database.transaction(async (tx) => {
    const run = await repo.lockRun(tx, job.workspaceId, job.runId);
    if (run?.status !== "running") return false;
    const taxonomy = await effectiveTaxonomy(tx, job.workspaceId);
    const models = await activeModels(tx, job.workspaceId);
    const { maxTextLength } = await textSettingsOf(tx, job.workspaceId);
    const now = deps.clock.now();
    const after = run.cursorKind && run.cursorId ? { kind: run.cursorKind, id: run.cursorId } : null;
    const sources = await repo.nextSources(tx, job.workspaceId, after as repo.SourceKey | null, batchSize);
    for (const source of sources) {
      await analyseSource(
        tx,
        { workspaceId: job.workspaceId, kind: source.kind, sourceId: source.id },
        { taxonomy, models, maxTextLength, now, keepWithoutText: true },
      );
    }
    const last = sources.at(-1);
    const done = run.done + sources.length;
    const finished = sources.length < batchSize;
    await repo.updateRun(tx, job.workspaceId, job.runId, {
      done,
      // Sources added during the run are analysed too; the total follows so that done ≤ total.
      total: Math.max(run.total, done),
      ...(last ? { cursorKind: last.kind, cursorId: last.id } : {}),
      ...(finished ? { status: "done", finishedAt: now } : {}),
    });
    return !finished;
  });
}

async function runReenrichment(deps: RunDeps, job: TextReenrichJob) {
  try {
    for (let batch = 0; batch < BATCHES_PER_JOB; batch++) {
      if (!(await reenrichNextBatch(deps, job))) return;
    }
  } catch (error) {
    // A source that cannot be analysed would fail every retry at the same place: the run is marked failed
    // so that a new one can be started, and the job keeps the error in the dead-letter list.
    await deps.database.transaction((tx) =>
      repo.updateRun(tx, job.workspaceId, job.runId, { status: "failed", finishedAt: deps.clock.now() }),
    );
    throw error;
  }
  await deps.database.transaction((tx) => deps.jobs.enqueue(tx, TEXT_REENRICH_JOB, job));
}

export async function registerReenrichmentJobs(jobs: JobQueue, deps: { database: Database; clock: Clock }) {
  await jobs.work<TextReenrichJob>(TEXT_REENRICH_JOB, (job) => runReenrichment({ ...deps, jobs }, job));
}
