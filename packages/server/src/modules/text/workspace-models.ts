// A workspace's own text models: train one from the workspace's labels (a held-out fifth measures it), list
// them, activate one (a rollback to an older model is an activation) or go back to the default model.
// Every change is audited and starts a re-enrichment, so stored analyses follow the active models.
//
// Training runs in the request: on 3,000 labels it takes about a second (docs/text-analytics.md), short
// enough that a job, its polling and its failure states would cost more than they save.
import {
  evaluateTextModel,
  MIN_LABELS_PER_CLASS,
  splitHeldOut,
  type TextModel,
  TextModelError,
  type TextModelTask,
  trainingReadiness,
  trainTextModel,
  type WorkspaceModel,
  type WorkspaceModelList,
} from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Tx } from "../../platform/db/database.ts";
import { DomainError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { labelledTexts } from "./comments-repo.ts";
import * as repo from "./models-repo.ts";
import { startReenrichment } from "./reenrichment.ts";

interface ModelDeps {
  database: Database;
  jobs: JobQueue;
  clock: Clock;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function toModel(row: repo.TextModelListRow): WorkspaceModel {
  return {
    id: row.id,
    task: row.task as TextModelTask,
    labels: row.labels,
    counts: row.counts as Record<string, number>,
    metrics: row.metrics as WorkspaceModel["metrics"],
    trainedBy: row.trainedBy,
    trainedAt: row.trainedAt.toISOString(),
    active: row.active,
  };
}

export async function listWorkspaceModels(
  deps: { database: Database },
  caller: Caller,
): Promise<WorkspaceModelList> {
  return { items: (await repo.listModels(deps.database.db, caller.workspaceId)).map(toModel) };
}

async function describeModel(deps: { database: Database }, caller: Caller, id: string) {
  const found = (await listWorkspaceModels(deps, caller)).items.find((model) => model.id === id);
  if (!found) throw new NotFoundError("Text model");
  return found;
}

function refuse(message: string): never {
  throw new DomainError(422, "not_enough_labels", message, { errors: [{ path: "body.task", message }] });
}

/** Why the labels cannot train a model, in words, or nothing when they can. */
function checkLabels(task: TextModelTask, examples: { label: string }[]) {
  const counts: Record<string, number> = {};
  for (const { label } of examples) counts[label] = (counts[label] ?? 0) + 1;
  const readiness = trainingReadiness(task, counts);
  if (readiness.ready) return;
  if (readiness.reason === "too_few_classes") {
    refuse(`A ${task} model needs labels of at least 2 classes; this workspace has ${readiness.classes}.`);
  }
  const rare = readiness.rare.map(({ label, count }) => `${label} has ${count}`).join(", ");
  refuse(
    `Each class needs at least ${MIN_LABELS_PER_CLASS} labels (${MIN_LABELS_PER_CLASS - 1} to learn from, 1 held out to measure); ${rare}.`,
  );
}

/** Trains a model of the task on the workspace's labels, stores it, makes it active and re-enriches. */
export async function trainWorkspaceModel(
  deps: ModelDeps,
  caller: Caller,
  task: TextModelTask,
): Promise<WorkspaceModel> {
  const { workspaceId } = caller;
  const examples = await labelledTexts(deps.database.db, workspaceId, task);
  checkLabels(task, examples);
  const { train, heldOut } = splitHeldOut(examples);
  let model: TextModel;
  try {
    model = trainTextModel(train, { task });
  } catch (error) {
    // checkLabels asks for at least what the trainer does; this names anything else it refuses.
    if (error instanceof TextModelError) refuse(error.message);
    throw error;
  }
  const report = evaluateTextModel(model, heldOut);
  const metrics: WorkspaceModel["metrics"] = {
    heldOut: heldOut.length,
    accuracy: round(report.accuracy),
    macroF1: round(report.macroF1),
    perClass: Object.fromEntries(
      Object.entries(report.perClass).map(([label, scores]) => [
        label,
        {
          precision: round(scores.precision),
          recall: round(scores.recall),
          f1: round(scores.f1),
          support: scores.support,
        },
      ]),
    ),
  };
  const id = newId();
  await deps.database.transaction(async (tx) => {
    await repo.insertModel(tx, {
      workspaceId,
      id,
      task,
      model,
      counts: model.training.counts,
      metrics,
      trainedBy: caller.userId ?? caller.apiKeyId ?? null,
      trainedAt: deps.clock.now(),
      active: false,
    });
    await recordAudit(tx, workspaceId, actorOf(caller), {
      action: "text.model.trained",
      targetType: "text_model",
      targetId: id,
      after: { task, counts: model.training.counts, heldOut: metrics.heldOut, macroF1: metrics.macroF1 },
    });
    await switchActive(deps, tx, caller, task, id);
  });
  return describeModel(deps, caller, id);
}

/** Makes the model the active one of its task: a rollback when it is an older one. */
export async function activateWorkspaceModel(
  deps: ModelDeps,
  caller: Caller,
  id: string,
): Promise<WorkspaceModel> {
  await deps.database.transaction(async (tx) => {
    const found = await repo.findModelTask(tx, caller.workspaceId, id);
    if (!found) throw new NotFoundError("Text model");
    await switchActive(deps, tx, caller, found.task as TextModelTask, id);
  });
  return describeModel(deps, caller, id);
}

/** Goes back to the default model of the task; a no-op (no audit, no run) when it is already in use. */
export async function deactivateWorkspaceModel(
  deps: ModelDeps,
  caller: Caller,
  task: TextModelTask,
): Promise<WorkspaceModelList> {
  await deps.database.transaction((tx) => switchActive(deps, tx, caller, task, null));
  return listWorkspaceModels(deps, caller);
}

async function switchActive(deps: ModelDeps, tx: Tx, caller: Caller, task: TextModelTask, id: string | null) {
  const { workspaceId } = caller;
  await repo.lockTask(tx, workspaceId, task);
  const before = (await repo.deactivateTask(tx, workspaceId, task)) ?? null;
  if (before === id) {
    if (id) await repo.activateModel(tx, workspaceId, id);
    return;
  }
  if (id) await repo.activateModel(tx, workspaceId, id);
  await recordAudit(tx, workspaceId, actorOf(caller), {
    action: id ? "text.model.activated" : "text.model.deactivated",
    targetType: "text_model",
    targetId: id ?? before ?? task,
    before: { task, active: before },
    after: { task, active: id },
  });
  await startReenrichment(deps, tx, caller, "model");
}
