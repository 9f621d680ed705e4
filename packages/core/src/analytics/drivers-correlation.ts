// Pearson correlations of survey questions from pairwise sums: what rollups store and SQL can add, so a
// driver analysis never loads response rows.
import { centredSumOfSquares, DriverInputError } from "./drivers-input.ts";

/** Sufficient statistics of a pair of variables over the rows where both are present (pairwise-complete). */
export interface PairMoments {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

type Value = number | null | undefined;

/** The pair moments of two columns of answers, over the rows where both are numbers (null = not answered). */
export function pairMomentsOf(xs: readonly Value[], ys: readonly Value[]): PairMoments {
  if (xs.length !== ys.length)
    throw new RangeError(`columns differ in length (${xs.length} and ${ys.length})`);
  const moments = { n: 0, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 };
  xs.forEach((x, i) => {
    const y = ys[i];
    if (x == null || y == null) return;
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`row ${i} holds a non-finite value`);
    moments.n += 1;
    moments.sumX += x;
    moments.sumY += y;
    moments.sumXX += x * x;
    moments.sumYY += y * y;
    moments.sumXY += x * y;
  });
  return moments;
}

/**
 * Pearson r of every pair, each over its own pairwise-complete rows (as R's
 * `cor(use = "pairwise.complete.obs")`): `pairs[i][j]` holds variable i as x and j as y. Only the upper
 * triangle is read, so the result is exactly symmetric; the diagonal is 1. Throws a DriverInputError when a
 * variable is constant over the rows it shares with another (its correlation is undefined).
 */
export function correlationMatrix(pairs: readonly (readonly PairMoments[])[]): number[][] {
  const size = pairs.length;
  const r = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)));
  for (let i = 0; i < size; i++) {
    const row = pairs[i] as readonly PairMoments[];
    if (row.length !== size)
      throw new RangeError(`pairs must be ${size} × ${size} (row ${i} has ${row.length})`);
    for (let j = i + 1; j < size; j++) {
      const m = row[j] as PairMoments;
      const sxx = centredSumOfSquares(m.n, m.sumX, m.sumXX);
      const syy = centredSumOfSquares(m.n, m.sumY, m.sumYY);
      if (sxx === 0 || syy === 0) {
        const constant = sxx === 0 ? i : j;
        throw new DriverInputError(
          `variable ${constant} takes a single value over the ${m.n} rows answering both ${i} and ${j}: its correlation is undefined`,
          constant,
        );
      }
      const sxy = m.sumXY - (m.sumX * m.sumY) / m.n;
      // Rounding can push |r| a hair past 1 for perfectly related answers.
      const value = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
      (r[i] as number[])[j] = value;
      (r[j] as number[])[i] = value;
    }
  }
  return r;
}
