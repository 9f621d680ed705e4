// Classification metrics for the sentiment evaluation: accuracy, per-class precision/recall/F1,
// macro-F1 and the confusion matrix, with scikit-learn's conventions (a class never predicted has
// precision 0; macro-F1 is the unweighted mean of per-class F1 over the given labels).

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationReport<L extends string | number> {
  accuracy: number;
  macroF1: number;
  perClass: Record<string, ClassScores>;
  /** confusion[gold][predicted]: counts, in the order of `labels`. */
  confusion: number[][];
  labels: L[];
}

/**
 * Scores predictions against gold labels. `labels` are the classes macro-F1 averages over (default:
 * every label seen in gold or predicted, in first-seen order); predictions outside them count as errors.
 */
export function classificationReport<L extends string | number>(
  gold: readonly L[],
  predicted: readonly L[],
  labels: readonly L[] = [...new Set([...gold, ...predicted])],
): ClassificationReport<L> {
  if (gold.length !== predicted.length) throw new RangeError("gold and predicted differ in length");
  const index = new Map(labels.map((label, i) => [label, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  const predictedCount = labels.map(() => 0);
  const goldCount = labels.map(() => 0);
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const [g, p] = [index.get(gold[i] as L), index.get(predicted[i] as L)];
    if (gold[i] === predicted[i]) correct++;
    if (g !== undefined) goldCount[g] = (goldCount[g] as number) + 1;
    if (p !== undefined) predictedCount[p] = (predictedCount[p] as number) + 1;
    if (g !== undefined && p !== undefined) {
      const row = confusion[g] as number[];
      row[p] = (row[p] as number) + 1;
    }
  }
  const perClass: Record<string, ClassScores> = {};
  let f1Sum = 0;
  labels.forEach((label, i) => {
    const truePositives = (confusion[i] as number[])[i] as number;
    const precision = ratio(truePositives, predictedCount[i] as number);
    const recall = ratio(truePositives, goldCount[i] as number);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[String(label)] = { precision, recall, f1, support: goldCount[i] as number };
    f1Sum += f1;
  });
  return {
    accuracy: ratio(correct, gold.length),
    macroF1: labels.length === 0 ? 0 : f1Sum / labels.length,
    perClass,
    confusion,
    labels: [...labels],
  };
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);
