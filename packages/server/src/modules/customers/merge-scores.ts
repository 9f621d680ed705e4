// Latest scores across a merge: the survivor takes each metric's newer score of the two (the order
// scores-repo keeps: completion time, then response id); undo gives back what the survivor had, unless a
// newer response has replaced the score since. The merged customer's own rows are never touched.
import type { Executor } from "../../platform/db/database.ts";
import { deleteScore, putScore, type ScoreSnapshot, type SurvivorBefore } from "./merge-repo.ts";
import { latestScoresOf } from "./scores.ts";

const snapshot = (row: Awaited<ReturnType<typeof latestScoresOf>>[number]): ScoreSnapshot => ({
  metric: row.metric,
  value: row.value,
  responseId: row.responseId,
  surveyId: row.surveyId,
  at: row.at.toISOString(),
});

const newer = (a: ScoreSnapshot, b: ScoreSnapshot) =>
  a.at === b.at ? a.responseId > b.responseId : Date.parse(a.at) > Date.parse(b.at);

export async function takeNewerScores(
  ex: Executor,
  workspaceId: string,
  survivorId: string,
  mergedId: string,
): Promise<SurvivorBefore["scores"]> {
  const own = new Map((await latestScoresOf(ex, workspaceId, survivorId)).map((row) => [row.metric, row]));
  const taken: SurvivorBefore["scores"] = {};
  for (const row of await latestScoresOf(ex, workspaceId, mergedId)) {
    const theirs = snapshot(row);
    const mine = own.get(row.metric);
    const before = mine ? snapshot(mine) : null;
    if (before && !newer(theirs, before)) continue;
    await putScore(ex, workspaceId, survivorId, theirs);
    taken[row.metric] = { before, after: theirs };
  }
  return taken;
}

export async function giveBackScores(
  ex: Executor,
  workspaceId: string,
  survivorId: string,
  taken: SurvivorBefore["scores"],
) {
  const current = new Map(
    (await latestScoresOf(ex, workspaceId, survivorId)).map((row) => [row.metric, row]),
  );
  for (const [metric, { before, after }] of Object.entries(taken)) {
    const now = current.get(metric);
    // A newer response of the survivor replaced the score since the merge: it stays.
    if (!now || now.responseId !== after.responseId) continue;
    if (before) await putScore(ex, workspaceId, survivorId, before);
    else await deleteScore(ex, workspaceId, survivorId, metric);
  }
}
