// A workspace's own text models, trained in the dashboard from the labels people give comments: the API
// shapes (a model with its held-out metrics, the training request), whether a workspace's labels are enough
// to train on, and the deterministic held-out split. Shared by the server (its 422s) and the web app (why
// the "Train model" action is disabled), so both say the same thing.
import { z } from "zod";
import { SENTIMENT_CLASSES } from "./sentiment-weights.ts";
import { type TextModelTask, textModelTaskSchema } from "./text-model.ts";
import { MIN_EXAMPLES_PER_LABEL } from "./text-model-training.ts";

/** Every HOLD_OUT_EVERY-th label of a class (in a stable order) is held out to measure the model. */
export const HOLD_OUT_EVERY = 5;
/**
 * Labels a class needs: enough that, after one is held out, the training part still has the minimum the
 * trainer requires (MIN_EXAMPLES_PER_LABEL), so every class is both learnt and measured.
 */
export const MIN_LABELS_PER_CLASS = MIN_EXAMPLES_PER_LABEL + 1;

export const trainWorkspaceModelInputSchema = z.strictObject({ task: textModelTaskSchema });
export type TrainWorkspaceModelInput = z.infer<typeof trainWorkspaceModelInputSchema>;

const scoreSchema = z.object({
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  support: z.number().int(),
});

export const workspaceModelSchema = z.object({
  id: z.string(),
  task: textModelTaskSchema,
  /** The classes, in the model's order. */
  labels: z.array(z.string()),
  /** Labels per class the model was trained on (the held-out ones excluded). */
  counts: z.record(z.string(), z.number().int()),
  /** Measured on the held-out labels, which the model never saw. */
  metrics: z.object({
    heldOut: z.number().int(),
    accuracy: z.number(),
    macroF1: z.number(),
    perClass: z.record(z.string(), scoreSchema),
  }),
  trainedBy: z.string().nullable(),
  trainedAt: z.string(),
  /** The model the enrichment uses for its task; at most one per task. */
  active: z.boolean(),
});
export type WorkspaceModel = z.infer<typeof workspaceModelSchema>;

export const workspaceModelListSchema = z.object({ items: z.array(workspaceModelSchema) });
export type WorkspaceModelList = z.infer<typeof workspaceModelListSchema>;

export const deactivateWorkspaceModelQuerySchema = z.strictObject({ task: textModelTaskSchema });

export type TrainingReadiness =
  | { ready: true }
  | { ready: false; reason: "too_few_classes"; classes: number }
  | { ready: false; reason: "too_few_labels"; rare: { label: string; count: number }[] };

/**
 * Whether labels counted per class (GET /text/labels/summary) can train a model of the task: at least 2
 * classes (a sentiment model needs all three), each with MIN_LABELS_PER_CLASS labels.
 */
export function trainingReadiness(task: TextModelTask, counts: Record<string, number>): TrainingReadiness {
  const present = Object.keys(counts).filter((label) => (counts[label] ?? 0) > 0);
  const classes = task === "sentiment" ? [...SENTIMENT_CLASSES] : present.sort();
  if (present.length < 2) return { ready: false, reason: "too_few_classes", classes: present.length };
  const rare = classes
    .map((label) => ({ label, count: counts[label] ?? 0 }))
    .filter(({ count }) => count < MIN_LABELS_PER_CLASS);
  return rare.length > 0 ? { ready: false, reason: "too_few_labels", rare } : { ready: true };
}

/**
 * Splits labelled items into training and held-out parts: within each class, in the given order, every
 * HOLD_OUT_EVERY-th item (the 5th, 10th, …) is held out. Stratified, so a rare class is measured too, and
 * deterministic, so training twice on the same labels gives the same model and metrics.
 */
export function splitHeldOut<T extends { label: string }>(items: readonly T[]): { train: T[]; heldOut: T[] } {
  const seen = new Map<string, number>();
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const item of items) {
    const position = (seen.get(item.label) ?? 0) + 1;
    seen.set(item.label, position);
    (position % HOLD_OUT_EVERY === 0 ? heldOut : train).push(item);
  }
  return { train, heldOut };
}
