// The trained models a workspace's enrichment uses (at most one per task), cached per workspace and keyed by
// the active models' ids, so the weights are read and decoded once per model, not once per comment.
import { type AnalyzeOptions, parseTextModel, type TextModel } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { activeModelIds, modelFile } from "./models-repo.ts";

export interface ActiveModels {
  options: Pick<AnalyzeOptions, "topicModel" | "sentimentModel">;
  /** Appended to the stored model version (`+topic:<id>`), so analyses name the model that made them. */
  version: string;
}

const NO_MODELS: ActiveModels = { options: {}, version: "" };

// Checked against the active ids on every use (one small query), so an activation made by another process
// (an API node, a worker) is seen at once; a change of ids is the invalidation.
const cache = new Map<string, { key: string; models: ActiveModels }>();

export async function activeModels(ex: Executor, workspaceId: string): Promise<ActiveModels> {
  const active = (await activeModelIds(ex, workspaceId)).sort((a, b) => a.task.localeCompare(b.task));
  if (active.length === 0) return NO_MODELS;
  const key = active.map(({ task, id }) => `+${task}:${id}`).join("");
  const cached = cache.get(workspaceId);
  if (cached?.key === key) return cached.models;
  const options: ActiveModels["options"] = {};
  for (const { task, id } of active) {
    // Stored by the training use case from a model it had just validated; a bad row is a bug, so it throws.
    const model: TextModel = parseTextModel(await modelFile(ex, workspaceId, id));
    if (task === "topic") options.topicModel = model;
    else options.sentimentModel = model;
  }
  const models = { options, version: key };
  cache.set(workspaceId, { key, models });
  return models;
}
