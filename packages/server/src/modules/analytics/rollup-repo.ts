// SQL of rollup maintenance: the per-workspace lock that orders drains and rebuilds, and the queue of
// responses waiting to be rolled up.
import { sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";

const lockKey = (workspaceId: string) => sql`hashtextextended(${`analytics:${workspaceId}`}, 0)`;

/** Drains share the workspace's lock (they may run side by side); a rebuild takes it alone. */
export async function lockWorkspaceRollups(ex: Executor, workspaceId: string, mode: "shared" | "exclusive") {
  await ex.execute(
    mode === "shared"
      ? sql`select pg_advisory_xact_lock_shared(${lockKey(workspaceId)})`
      : sql`select pg_advisory_xact_lock(${lockKey(workspaceId)})`,
  );
}

/**
 * Takes up to `limit` pending responses of the workspace off the queue and returns their ids. The rows
 * stay locked (deleted) until the transaction ends: a concurrent drain skips them, a rollback restores them.
 */
export async function claimPending(ex: Executor, workspaceId: string, limit: number): Promise<string[]> {
  const result = (await ex.execute(sql`
    delete from analytics_pending
    where workspace_id = ${workspaceId} and response_id in (
      select response_id from analytics_pending where workspace_id = ${workspaceId}
      order by response_id limit ${limit} for update skip locked)
    returning response_id`)) as unknown as { rows: { response_id: string }[] };
  return result.rows.map((row) => row.response_id);
}

/**
 * The claimed ids as a condition over `responses r`: `= any(uuid[])`, one index scan on both engines. The
 * array goes as one text parameter (an array literal of uuids), alike on both engines. Not
 * `in (select jsonb_array_elements_text(…))`: PGlite, without statistics after a bulk import, joined that
 * by a nested loop re-expanding the list for every response of the workspace, so a batch cost grew with
 * the table (4 s a statement for 1,000 ids among 5,800 responses).
 */
export const responseIdIn = (workspaceId: string, ids: string[]) =>
  sql`r.workspace_id = ${workspaceId} and r.id = any(${`{${ids.join(",")}}`}::uuid[])`;

export async function surveysOfResponses(ex: Executor, workspaceId: string, ids: string[]) {
  const result = (await ex.execute(sql`
    select distinct r.survey_id from responses r where ${responseIdIn(workspaceId, ids)}
    order by 1`)) as unknown as { rows: { survey_id: string }[] };
  return result.rows.map((row) => row.survey_id);
}

/** Workspaces with responses waiting, for the sweep. */
export async function workspacesWithPending(ex: Executor): Promise<string[]> {
  const result = (await ex.execute(
    sql`select distinct workspace_id from analytics_pending order by 1`,
  )) as unknown as { rows: { workspace_id: string }[] };
  return result.rows.map((row) => row.workspace_id);
}

/** A survey's queued responses that a rebuild is about to count from the raw rows. */
export async function deleteSurveyPending(ex: Executor, workspaceId: string, surveyId: string) {
  await ex.execute(sql`
    delete from analytics_pending p using responses r
    where p.workspace_id = ${workspaceId} and r.workspace_id = ${workspaceId}
      and r.id = p.response_id and r.survey_id = ${surveyId}`);
}

/** Surveys with responses or rollups in the workspace: what a rebuild of the whole workspace walks. */
export async function surveysToRebuild(ex: Executor, workspaceId: string): Promise<string[]> {
  const result = (await ex.execute(sql`
    select survey_id from responses where workspace_id = ${workspaceId}
    union select survey_id from analytics_completions where workspace_id = ${workspaceId}
    order by 1`)) as unknown as { rows: { survey_id: string }[] };
  return result.rows.map((row) => row.survey_id);
}

/** Workspaces with responses or rollups. */
export async function workspacesToRebuild(ex: Executor): Promise<string[]> {
  const result = (await ex.execute(sql`
    select distinct workspace_id from responses
    union select workspace_id from analytics_completions order by 1`)) as unknown as {
    rows: { workspace_id: string }[];
  };
  return result.rows.map((row) => row.workspace_id);
}
