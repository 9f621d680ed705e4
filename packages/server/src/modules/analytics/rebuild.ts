// Recomputes rollups from the raw rows, survey by survey, in SQL: after an upgrade, a repair, or a change of
// the workspace's time zone (local days move). `touchpoint analytics rebuild` runs it.
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/database.ts";
import { NotFoundError } from "../../platform/errors.ts";
import { type Progress, silentProgress } from "../../platform/progress.ts";
import { findWorkspaceTimeZone } from "../platform/workspaces.ts";
import { deleteSurveyPending, lockWorkspaceRollups, surveysToRebuild } from "./rollup-repo.ts";
import { addToRollups, clearSurveyRollups, completedResponse } from "./rollup-statements.ts";

/** Tries of one survey's rebuild when PostgreSQL reports a serialization failure (see rebuildSurvey). */
const SERIALIZATION_TRIES = 5;

const isSerializationFailure = (error: unknown): boolean => {
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return code === "40001" || (cause !== undefined && isSerializationFailure(cause));
};

/**
 * Replaces one survey's rollups with sums over its counted responses, and takes those responses' rows off
 * the pending queue, in one repeatable-read transaction under the workspace's exclusive rollup lock.
 *
 * Why each counted response ends up in the rollups exactly once: a response is queued (pending row) in the
 * same transaction that marks it counted, and drains apply and unqueue it in one transaction. The rebuild
 * reads one snapshot: a response counted in it is summed here and its pending row (visible in the same
 * snapshot) deleted, so no drain applies it again; a response counted after the snapshot is neither summed
 * nor unqueued here, so the next drain applies it. Drains of the workspace wait for the lock. The snapshot
 * is taken by the lock statement itself, before it waits: a drain that committed during that wait changed
 * rows this transaction then deletes or upserts, which repeatable read refuses with a serialization failure
 * rather than double counting; the survey is then rebuilt again, from a fresh snapshot.
 */
async function rebuildSurvey(database: Database, workspaceId: string, surveyId: string, timeZone: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await database.transaction(async (tx) => {
        await tx.execute(sql`set transaction isolation level repeatable read`);
        await lockWorkspaceRollups(tx, workspaceId, "exclusive");
        await deleteSurveyPending(tx, workspaceId, surveyId);
        await clearSurveyRollups(tx, workspaceId, surveyId);
        const where = sql`r.workspace_id = ${workspaceId} and r.survey_id = ${surveyId}
          and r.counted and ${completedResponse}`;
        await addToRollups(tx, { where, timeZone });
      });
      return;
    } catch (error) {
      if (!isSerializationFailure(error) || attempt >= SERIALIZATION_TRIES) throw error;
    }
  }
}

export interface RebuildTarget {
  workspaceId: string;
  /** One survey; every survey of the workspace when left out. */
  surveyId?: string;
}

/** Rebuilds the rollups of a workspace (or of one of its surveys); `progress` advances once per survey. */
export async function rebuildRollups(
  database: Database,
  target: RebuildTarget,
  progress: Progress = silentProgress,
): Promise<{ surveys: number }> {
  const timeZone = await findWorkspaceTimeZone(database.db, target.workspaceId);
  if (timeZone === undefined) throw new NotFoundError(`Workspace ${target.workspaceId}`);
  const surveyIds = target.surveyId
    ? [target.surveyId]
    : await surveysToRebuild(database.db, target.workspaceId);
  progress.start(surveyIds.length);
  for (const surveyId of surveyIds) {
    await rebuildSurvey(database, target.workspaceId, surveyId, timeZone);
    progress.advance(surveyId);
  }
  progress.stop();
  return { surveys: surveyIds.length };
}
