// Guards of key-driver analysis: which answers can explain an outcome at all. Each refusal is a
// DriverInputError naming the variable at fault, so the HTTP layer can answer 422 with the right field.
import type { PairMoments } from "./drivers-correlation.ts";
import { backSolve, cholesky, forwardSolve, Matrix } from "./linear-algebra.ts";

/** Input a driver analysis cannot answer; `index` is the offending variable's row in the correlation matrix. */
export class DriverInputError extends RangeError {
  readonly index: number;

  constructor(message: string, index: number) {
    super(message);
    this.name = "DriverInputError";
    this.index = index;
  }
}

/**
 * A predictor is refused as collinear when 1 − R² on the predictors before it falls to this (a variance
 * inflation of 1e10): exact collinearity computed through sums leaves pivots near 1e-14, real answers far above.
 */
const COLLINEAR_PIVOT = 1e-10;

/**
 * Σ(x − x̄)² from the sums, 0 when what is left is rounding: with sums of squares near 1e12 the subtraction
 * loses ~1e-4 absolute, so "constant" is judged relative to Σx².
 */
export function centredSumOfSquares(n: number, sum: number, sumSq: number): number {
  if (!(n > 0)) return 0;
  const spread = sumSq - (sum * sum) / n;
  return spread > 1e-10 * Math.abs(sumSq) ? spread : 0;
}

/**
 * Checks the rows behind a driver analysis before any correlation is taken: indices, enough rows (the
 * smallest pairwise n must reach predictors + 2, else R² fits noise) and no constant variable. Returns that n.
 */
export function checkDriverInput(input: {
  pairMoments: readonly (readonly PairMoments[])[];
  outcome: number;
  predictors: readonly number[];
}): { n: number } {
  const { pairMoments, outcome, predictors } = input;
  checkIndices(pairMoments.length, outcome, predictors);
  const variables = [outcome, ...predictors];
  const moments = (i: number, j: number) => pairMoments[i]?.[j] as PairMoments;
  let n = Number.POSITIVE_INFINITY;
  let scarcest = outcome;
  for (const i of variables) {
    for (const j of variables) {
      if (moments(i, j).n < n) [n, scarcest] = [moments(i, j).n, j];
    }
  }
  const needed = predictors.length + 2;
  if (n < needed) {
    throw new DriverInputError(
      `${n} rows answer every pair of these variables (fewest with variable ${scarcest}); ${predictors.length} predictors need at least ${needed}`,
      scarcest,
    );
  }
  for (const i of variables) {
    const m = moments(i, i);
    if (centredSumOfSquares(m.n, m.sumX, m.sumXX) === 0) {
      throw new DriverInputError(
        `variable ${i} has the same value in all ${m.n} rows: it explains nothing`,
        i,
      );
    }
  }
  return { n };
}

/** The correlation matrix as a Matrix, once its shape and the chosen outcome and predictors make sense. */
export function checkCorrelationInput(
  correlation: readonly (readonly number[])[],
  outcome: number,
  predictors: readonly number[],
  maxPredictors: number,
): Matrix {
  const size = correlation.length;
  checkIndices(size, outcome, predictors);
  if (predictors.length > maxPredictors) {
    throw new RangeError(`at most ${maxPredictors} predictors (got ${predictors.length})`);
  }
  correlation.forEach((row, i) => {
    if (row.length !== size)
      throw new RangeError(`correlation must be ${size} × ${size} (row ${i} has ${row.length})`);
    row.forEach((value, j) => {
      const mirror = correlation[j]?.[i] as number;
      if (!(Math.abs(value) <= 1 && Math.abs(value - mirror) <= 1e-12)) {
        throw new RangeError(
          `correlation[${i}][${j}] must be in [-1, 1] and symmetric (got ${value} and ${mirror})`,
        );
      }
    });
  });
  return Matrix.of(correlation);
}

function checkIndices(size: number, outcome: number, predictors: readonly number[]): void {
  const valid = (index: number) => Number.isInteger(index) && index >= 0 && index < size;
  if (!valid(outcome)) throw new RangeError(`outcome must be an index in [0, ${size}) (got ${outcome})`);
  if (predictors.length === 0) throw new RangeError("at least one predictor is needed");
  const seen = new Set([outcome]);
  for (const index of predictors) {
    if (!valid(index)) throw new RangeError(`predictor ${index} is not an index in [0, ${size})`);
    if (seen.has(index))
      throw new RangeError(`variable ${index} is named twice among outcome and predictors`);
    seen.add(index);
  }
}

/**
 * The Cholesky factor of the predictors' correlations. When it does not exist, one predictor is (almost) a
 * linear combination of those before it — or, with pairwise-complete rows, the correlations contradict each
 * other — and the error names it with the predictors it is made of (regression weights above 1e-6).
 */
export function predictorFactor(correlation: Matrix, predictors: readonly number[]): Matrix {
  const rxx = correlation.pick(predictors);
  const { factor, failedAt } = cholesky(rxx, COLLINEAR_PIVOT);
  if (failedAt === undefined) return factor;
  const culprit = predictors[failedAt] as number;
  const column = Array.from({ length: failedAt }, (_, m) => rxx.get(m, failedAt));
  const coefficients = backSolve(factor, forwardSolve(factor, column));
  // 1 − R² of the culprit on the predictors before it: ≈ 0 when collinear, < 0 when the pairs contradict.
  const pivot = column.reduce(
    (left, r, m) => left - r * (coefficients[m] as number),
    rxx.get(failedAt, failedAt),
  );
  const partners = predictors.filter((_, m) => m < failedAt && Math.abs(coefficients[m] as number) > 1e-6);
  const reason =
    pivot >= -COLLINEAR_PIVOT
      ? `predictor ${culprit} is collinear with predictor${partners.length > 1 ? "s" : ""} ${partners.join(", ")}`
      : `the pairwise correlations of predictor ${culprit} with predictors ${predictors.slice(0, failedAt).join(", ")} contradict each other`;
  throw new DriverInputError(
    `${reason}: the predictors' correlation matrix is not positive definite`,
    culprit,
  );
}
