import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classificationReport } from "./sentiment-metrics.ts";

const REFERENCE = path.resolve(
  import.meta.dirname,
  "../../../../../shared/data/ref-significance-tests/f1_sklearn_doc_example.json",
);

describe("classificationReport", () => {
  it.skipIf(!existsSync(REFERENCE))("matches scikit-learn's f1_score documentation example", () => {
    const reference = JSON.parse(readFileSync(REFERENCE, "utf8")) as {
      y_true: number[];
      y_pred: number[];
      per_class_f1: number[];
      per_class_precision: number[];
      per_class_recall: number[];
      macro_f1: number;
      micro_f1: number;
    };
    const report = classificationReport(reference.y_true, reference.y_pred, [0, 1, 2]);
    expect(report.macroF1).toBeCloseTo(reference.macro_f1, 12);
    // Micro-F1 of single-label classification is the accuracy.
    expect(report.accuracy).toBeCloseTo(reference.micro_f1, 12);
    reference.per_class_f1.forEach((f1, label) => {
      const scores = report.perClass[String(label)];
      expect(scores?.f1).toBeCloseTo(f1, 12);
      expect(scores?.precision).toBeCloseTo(reference.per_class_precision[label] as number, 12);
      expect(scores?.recall).toBeCloseTo(reference.per_class_recall[label] as number, 12);
    });
  });

  it("counts the confusion matrix by gold row and predicted column", () => {
    const report = classificationReport(["a", "a", "b", "c"], ["a", "b", "b", "a"], ["a", "b", "c"]);
    expect(report.confusion).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    expect(report.accuracy).toBe(0.5);
    expect(report.perClass.b).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
  });

  it("counts predictions outside the averaged labels as errors", () => {
    // A binary set scored by a three-class model: "neutral" lowers recall but is not averaged in.
    const report = classificationReport(["neg", "pos"], ["neutral", "pos"], ["neg", "pos"]);
    expect(report.perClass.neg?.f1).toBe(0);
    expect(report.perClass.pos?.f1).toBe(1);
    expect(report.macroF1).toBe(0.5);
  });
});
