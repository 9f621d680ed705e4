// Proportions (CSAT top-two-box, goal completion, any "share of answers"): intervals for one rate and the
// two-sample test, from success counts.
import {
  type ConfidenceOptions,
  checkConfidence,
  DEFAULT_CONFIDENCE,
  type Interval,
  normalCritical,
} from "./confidence.ts";
import { betaQuantile, chiSquareSurvival } from "./distributions.ts";
import { checkSuccesses } from "./input-checks.ts";

export interface TwoProportionOptions extends ConfidenceOptions {
  /** Yates's continuity correction, as R's prop.test(correct = TRUE). Off by default. */
  continuity?: boolean;
}

export interface TwoProportionTest {
  /** x1/n1 − x2/n2, signed. */
  delta: number;
  /** Signed √chiSquare: the pooled z statistic when there is no continuity correction. */
  z: number;
  /** Pearson chi-square of the 2×2 table against the pooled rate, 1 degree of freedom. */
  chiSquare: number;
  /** Two-sided p-value, P(χ²₁ ≥ chiSquare). */
  pValue: number;
  /** Unpooled Wald interval for delta (continuity-corrected when asked), clipped to [−1, 1], as R. */
  low: number;
  high: number;
}

/**
 * Wilson score interval for x successes in n trials (Wilson 1927; R binom.confint "wilson", without
 * continuity correction). Good coverage for small n and rates near 0 or 1; 0/n gives low = 0 and n/n gives
 * high = 1. Throws a RangeError for n = 0 or x outside [0, n].
 */
export function wilsonInterval(x: number, n: number, confidence = DEFAULT_CONFIDENCE): Interval {
  checkSuccesses(x, n);
  const z = normalCritical(confidence);
  const p = x / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return {
    estimate: p,
    low: x === 0 ? 0 : Math.max(0, centre - half),
    high: x === n ? 1 : Math.min(1, centre + half),
  };
}

/**
 * Clopper–Pearson "exact" interval (Clopper & Pearson 1934) from beta quantiles: low = B⁻¹(α/2; x, n − x + 1),
 * high = B⁻¹(1 − α/2; x + 1, n − x). At x = 0 low is 0 and at x = n high is 1, each other end still at α/2,
 * as R's binom.test and binom.confint "exact". Throws a RangeError for n = 0 or x outside [0, n].
 */
export function clopperPearsonInterval(x: number, n: number, confidence = DEFAULT_CONFIDENCE): Interval {
  checkSuccesses(x, n);
  checkConfidence(confidence);
  const alpha = 1 - confidence;
  return {
    estimate: x / n,
    low: x === 0 ? 0 : betaQuantile(alpha / 2, x, n - x + 1),
    high: x === n ? 1 : betaQuantile(1 - alpha / 2, x + 1, n - x),
  };
}

/**
 * Two-sample test of equal proportions, the same numbers as R's prop.test(c(x1, x2), c(n1, n2)) for k = 2:
 * the Pearson chi-square against the pooled rate (Agresti, Categorical Data Analysis, 3rd ed., §2.1.3),
 * Yates's correction min(0.5, |delta| / (1/n1 + 1/n2)) when `continuity`, and the unpooled Wald interval
 * widened by the same correction. When nobody (or everybody) succeeded in both samples there is no evidence
 * either way: chiSquare = z = 0 and p = 1 (R returns NaN). Throws a RangeError for n = 0 or x outside [0, n].
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  options: TwoProportionOptions = {},
): TwoProportionTest {
  checkSuccesses(x1, n1);
  checkSuccesses(x2, n2);
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const delta = p1 - p2;
  const inverseSum = 1 / n1 + 1 / n2;
  const yates = options.continuity ? Math.min(0.5, Math.abs(delta) / inverseSum) : 0;
  const width =
    normalCritical(confidence) * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2) + yates * inverseSum;
  const pooled = (x1 + x2) / (n1 + n2);
  let chiSquare = 0;
  if (pooled > 0 && pooled < 1) {
    for (const [x, n] of [
      [x1, n1],
      [x2, n2],
    ] as const) {
      const expected = n * pooled;
      // |x − E| is the same for successes and failures; (|O − E| − Yates)² / E summed over both cells.
      const deviation = (Math.abs(x - expected) - yates) ** 2;
      chiSquare += deviation / expected + deviation / (n - expected);
    }
  }
  return {
    delta,
    z: Math.sign(delta) * Math.sqrt(chiSquare),
    chiSquare,
    pValue: chiSquareSurvival(chiSquare, 1),
    low: Math.max(delta - width, -1),
    high: Math.min(delta + width, 1),
  };
}
