// The SQL of a workspace's trained text models: store one, list them, and move the active flag of a task.
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { textModels } from "./schema.ts";

export type TextModelRow = typeof textModels.$inferSelect;

export async function insertModel(ex: Executor, row: typeof textModels.$inferInsert) {
  await ex.insert(textModels).values(row);
}

/** Every model of the workspace without its weights, newest first. */
export function listModels(ex: Executor, workspaceId: string) {
  return ex
    .select({
      id: textModels.id,
      task: textModels.task,
      // jsonb does not keep key order, so the classes' order comes from the model file, not from counts.
      labels: sql<string[]>`${textModels.model} -> 'labels'`,
      counts: textModels.counts,
      metrics: textModels.metrics,
      trainedBy: textModels.trainedBy,
      trainedAt: textModels.trainedAt,
      active: textModels.active,
    })
    .from(textModels)
    .where(eq(textModels.workspaceId, workspaceId))
    .orderBy(desc(textModels.trainedAt), desc(textModels.id));
}

export type TextModelListRow = Awaited<ReturnType<typeof listModels>>[number];

export async function findModelTask(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select({ task: textModels.task, active: textModels.active })
    .from(textModels)
    .where(and(eq(textModels.workspaceId, workspaceId), eq(textModels.id, id)));
  return row;
}

/** The ids of the active models, per task: checked on every enrichment, so it reads no weights. */
export function activeModelIds(ex: Executor, workspaceId: string) {
  return ex
    .select({ id: textModels.id, task: textModels.task })
    .from(textModels)
    .where(and(eq(textModels.workspaceId, workspaceId), eq(textModels.active, true)));
}

export async function modelFile(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select({ model: textModels.model })
    .from(textModels)
    .where(and(eq(textModels.workspaceId, workspaceId), eq(textModels.id, id)));
  return row?.model;
}

/**
 * Serialises switches of a task's active model until the transaction ends: two at once would both clear
 * the flag and both set one, and the second would then break the unique index instead of winning.
 */
export async function lockTask(ex: Executor, workspaceId: string, task: string) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`text_models:${workspaceId}:${task}`}))`);
}

/** Clears the task's active model; returns its id, or undefined when the default model was in use. */
export async function deactivateTask(ex: Executor, workspaceId: string, task: string) {
  const [row] = await ex
    .update(textModels)
    .set({ active: false })
    .where(
      and(eq(textModels.workspaceId, workspaceId), eq(textModels.task, task), eq(textModels.active, true)),
    )
    .returning({ id: textModels.id });
  return row?.id;
}

export async function activateModel(ex: Executor, workspaceId: string, id: string) {
  await ex
    .update(textModels)
    .set({ active: true })
    .where(and(eq(textModels.workspaceId, workspaceId), eq(textModels.id, id)));
}
