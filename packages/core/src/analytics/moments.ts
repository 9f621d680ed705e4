// Sufficient statistics of a numeric answer (count, sum, sum of squares): what rollups store and SQL can
// add, and everything the mean, its interval and the t-tests need.
import { checkCount } from "./input-checks.ts";

export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

/** The moments of a list of values. */
export function momentsOf(values: readonly number[]): Moments {
  let sum = 0;
  let sumSq = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`values must be finite numbers (got ${value})`);
    sum += value;
    sumSq += value * value;
  }
  return { n: values.length, sum, sumSq };
}

/** The moments of two disjoint sets of answers together (days, channels, segments). */
export function addMoments(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq };
}

/**
 * The moments of a histogram: counts[i] answers with value valueAt(i) (by default the index itself, e.g.
 * the 0–10 counts of a rollup row; pass i => i + 1 for a 1–5 scale stored from index 0).
 */
export function momentsFromCounts(
  counts: readonly number[],
  valueAt: (index: number) => number = (index) => index,
): Moments {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  counts.forEach((count, index) => {
    checkCount(`count at index ${index}`, count);
    const value = valueAt(index);
    n += count;
    sum += count * value;
    sumSq += count * value * value;
  });
  return { n, sum, sumSq };
}
