// Key-driver analysis: how much of an outcome's explained variance (R²) each predictor question carries,
// by Johnson's relative weights and by Shapley values (LMG, general dominance), from correlations alone.
import { checkCorrelationInput, DriverInputError, predictorFactor } from "./drivers-input.ts";
import { cholesky, forwardSolve, Matrix, symmetricEigen } from "./linear-algebra.ts";

/** Shapley values cost 2^p regressions: 2^15 = 32 768 small solves still answer in well under a second. */
export const MAX_SHAPLEY_PREDICTORS = 15;
/** Relative weights cost one p × p eigendecomposition; Jacobi rotations stay fast and exact up to 50. */
export const MAX_RELATIVE_WEIGHT_PREDICTORS = 50;

export interface DriverWeights {
  /** R² of the outcome on all the predictors. */
  rSquared: number;
  /** One per predictor, in the order given; they sum to R². */
  weights: number[];
  /** weights / R², summing to 1 (all 0 when R² = 0). */
  shares: number[];
  /** Sign of each predictor's correlation with the outcome: the direction a weight does not show. */
  signs: number[];
}

function weightsOf(rSquared: number, weights: number[], rxy: number[]): DriverWeights {
  return {
    rSquared,
    weights,
    shares: weights.map((weight) => (rSquared > 0 ? weight / rSquared : 0)),
    signs: rxy.map(Math.sign),
  };
}

/** R² > 1 cannot come from one set of rows: the pairwise-complete subsets disagree too much. */
function checkRSquared(rSquared: number, outcome: number): void {
  if (rSquared > 1 + 1e-9) {
    throw new DriverInputError(
      `R² of variable ${outcome} on the predictors is ${rSquared.toFixed(4)} > 1: its pairwise correlations contradict each other (too few rows in common)`,
      outcome,
    );
  }
}

/**
 * Johnson's (2000) relative weights: regress the outcome on Z, the orthogonal variables closest to the
 * predictors (Z = X·R_xx^(-1/2)), then share each Z's β² back to the predictors by Λ = R_xx^(1/2), whose
 * squared entries are the predictors' loadings on the Z: weight_j = Σ_k Λ_jk²·β_k², β = Λ⁻¹·r_xy.
 * As R package rwa (Tonidandel & LeBreton 2011); the signs are those of the predictors' correlations.
 */
export function relativeWeights(
  correlation: readonly (readonly number[])[],
  outcome: number,
  predictors: readonly number[],
): DriverWeights {
  const r = checkCorrelationInput(correlation, outcome, predictors, MAX_RELATIVE_WEIGHT_PREDICTORS);
  // Checked first so collinear predictors are named, rather than surfacing as eigenvalues near 0.
  predictorFactor(r, predictors);
  const p = predictors.length;
  const rxy = predictors.map((j) => r.get(j, outcome));
  const { values, vectors } = symmetricEigen(r.pick(predictors));
  // Λ = V·diag(√λ)·Vᵀ and Λ⁻¹ = V·diag(1/√λ)·Vᵀ share V: β = V·diag(1/√λ)·(Vᵀ·r_xy).
  const projected = values.map(
    (value, m) => rxy.reduce((sum, rj, j) => sum + vectors.get(j, m) * rj, 0) / Math.sqrt(value),
  );
  const loadings = new Matrix(p);
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) {
      loadings.set(
        j,
        k,
        values.reduce((sum, value, m) => sum + vectors.get(j, m) * Math.sqrt(value) * vectors.get(k, m), 0),
      );
    }
  }
  const beta = Array.from({ length: p }, (_, k) =>
    projected.reduce((sum, value, m) => sum + vectors.get(k, m) * value, 0),
  );
  const weights = Array.from({ length: p }, (_, j) =>
    beta.reduce((sum, b, k) => sum + loadings.get(j, k) ** 2 * b * b, 0),
  );
  const rSquared = beta.reduce((sum, b) => sum + b * b, 0);
  checkRSquared(rSquared, outcome);
  return weightsOf(rSquared, weights, rxy);
}

/** R² of the outcome on the predictors in `subset`: r_yS·R_SS⁻¹·r_Sy = |z|² with L·z = r_Sy, L·Lᵀ = R_SS. */
function subsetRSquared(r: Matrix, outcome: number, subset: number[], factor?: Matrix): number {
  // Every subset of a positive-definite R_xx is positive definite, so its factor exists.
  const lower = factor ?? cholesky(r.pick(subset)).factor;
  const z = forwardSolve(
    lower,
    subset.map((j) => r.get(j, outcome)),
  );
  return z.reduce((sum, value) => sum + value * value, 0);
}

/**
 * Shapley values of R² (Lindeman, Merenda & Gold 1980; general dominance, Budescu 1993): each predictor's
 * gain in R² when it joins a subset of the others, averaged over every order of entry — over all 2^p subsets
 * S, weight_j = Σ_{S ∌ j} |S|!·(p − |S| − 1)!/p! · (R²(S ∪ j) − R²(S)). As R packages domir and relaimpo (lmg).
 */
export function shapleyValues(
  correlation: readonly (readonly number[])[],
  outcome: number,
  predictors: readonly number[],
): DriverWeights {
  const r = checkCorrelationInput(correlation, outcome, predictors, MAX_SHAPLEY_PREDICTORS);
  const factor = predictorFactor(r, predictors);
  const p = predictors.length;
  const full = 1 << p;
  const rSquaredOf = new Float64Array(full);
  for (let mask = 1; mask < full - 1; mask++) {
    const subset = predictors.filter((_, j) => mask & (1 << j));
    rSquaredOf[mask] = subsetRSquared(r, outcome, subset);
  }
  rSquaredOf[full - 1] = subsetRSquared(r, outcome, [...predictors], factor);
  const rSquared = rSquaredOf[full - 1] as number;
  checkRSquared(rSquared, outcome);
  // The weight of entering after a given s of the other p − 1 predictors: s!·(p − s − 1)!/p!.
  const orderWeight = [1 / p];
  for (let s = 1; s < p; s++) orderWeight.push(((orderWeight[s - 1] as number) * s) / (p - s));
  const weights = new Array<number>(p).fill(0);
  for (let mask = 0; mask < full; mask++) {
    const size = popCount(mask);
    for (let j = 0; j < p; j++) {
      const bit = 1 << j;
      if (mask & bit) continue;
      const gain = (rSquaredOf[mask | bit] as number) - (rSquaredOf[mask] as number);
      weights[j] = (weights[j] as number) + (orderWeight[size] as number) * gain;
    }
  }
  return weightsOf(
    rSquared,
    weights,
    predictors.map((j) => r.get(j, outcome)),
  );
}

function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest > 0; rest &= rest - 1) count++;
  return count;
}
