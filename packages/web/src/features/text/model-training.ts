// Whether the workspace's labels can train a model of a task, and if not, the message saying why: the same
// rule as the server's 422 (core's trainingReadiness), so the "Train model" action is disabled with a reason.
import {
  type LabelsSummary,
  MIN_LABELS_PER_CLASS,
  type TextModelTask,
  trainingReadiness,
} from "@touchpoint/core";

export type TrainingBlock =
  | { blocked: false }
  | { blocked: true; key: "feedback.models.tooFewClasses"; values: { classes: number } }
  | { blocked: true; key: "feedback.models.tooFewLabels"; values: { min: number; rare: string } };

/** `describe` names a class with its count in the reader's language ("Thẻ & ATM: 3"). */
export function trainingBlock(
  task: TextModelTask,
  summary: LabelsSummary,
  describe: (label: string, count: number) => string,
): TrainingBlock {
  const readiness = trainingReadiness(task, summary[task]);
  if (readiness.ready) return { blocked: false };
  if (readiness.reason === "too_few_classes") {
    return { blocked: true, key: "feedback.models.tooFewClasses", values: { classes: readiness.classes } };
  }
  return {
    blocked: true,
    key: "feedback.models.tooFewLabels",
    values: {
      min: MIN_LABELS_PER_CLASS,
      rare: readiness.rare.map(({ label, count }) => describe(label, count)).join(", "),
    },
  };
}
