// Each group set against its other side (the previous period, the rest of a segment, or a target), with
// Holm's step-down correction when several groups are tested at once: a dashboard that tests every
// channel would otherwise flag one by chance in every twenty at α = 0.05.
import { holmAdjust } from "@touchpoint/core";
import { compareSamples, compareToTarget, estimate, type Sample, sampleSize } from "./metrics.ts";

export interface ComparedFigures {
  baseline: number | null;
  delta: number | null;
  p_value: number | null;
  significant: boolean | null;
}

/** A comparison not made: a side under the anonymity threshold, or nothing to test. */
export const NO_COMPARISON: ComparedFigures = {
  baseline: null,
  delta: null,
  p_value: null,
  significant: null,
};

export interface CompareOptions {
  confidence: number;
  threshold: number;
  /** A target on the metric's scale; otherwise each group is set against other(key). */
  target: number | undefined;
  other: (key: string | null) => { sample: Sample } | undefined;
}

/** Figures per group (in the groups' order; undefined where no test was made) and the adjustment applied. */
export function compareGroups(groups: { key: string | null; sample: Sample }[], options: CompareOptions) {
  const { confidence, threshold, target } = options;
  const tests = groups.flatMap((group, index) => {
    if (sampleSize(group.sample) < threshold) return [];
    if (target !== undefined) {
      const comparison = compareToTarget(group.sample, target, confidence);
      return comparison ? [{ index, comparison, baseline: target }] : [];
    }
    const other = options.other(group.key);
    // Never shown, never tested: the other side is as private as a suppressed group.
    if (!other || sampleSize(other.sample) < threshold) return [];
    const comparison = compareSamples(group.sample, other.sample, confidence);
    const baseline = estimate(other.sample, confidence).value;
    return comparison ? [{ index, comparison, baseline }] : [];
  });
  const raw = tests.map((test) => test.comparison.pValue);
  const adjusted = tests.length > 1 ? holmAdjust(raw) : raw;
  const results: (ComparedFigures | undefined)[] = groups.map(() => undefined);
  tests.forEach((test, i) => {
    const p = adjusted[i] as number;
    results[test.index] = {
      baseline: test.baseline,
      delta: test.comparison.delta,
      p_value: p,
      significant: p < 1 - confidence,
    };
  });
  return { results, adjustment: tests.length > 1 ? ("holm" as const) : ("none" as const) };
}
