// Means of numeric answers (CSAT, CES, ratings) from their moments: the t interval and the two-sample
// t-tests, Welch's and Student's, as R's t.test.
import { checkConfidence, DEFAULT_CONFIDENCE, type Interval } from "./confidence.ts";
import { studentTCdf, studentTQuantile } from "./distributions.ts";
import { checkCount } from "./input-checks.ts";
import type { Moments } from "./moments.ts";

export interface MeanStatistics {
  n: number;
  mean: number;
  /** Sample variance, divided by n − 1. NaN when n = 1. */
  variance: number;
  sd: number;
  /** sd / √n. */
  se: number;
}

export interface MeanDifferenceTest {
  /** mean(a) − mean(b), signed. */
  delta: number;
  t: number;
  df: number;
  /** Two-sided p-value. */
  pValue: number;
  /** delta ∓ t(df)·se. */
  low: number;
  high: number;
}

/**
 * Mean, sample variance, sd and standard error. Throws a RangeError for n < 1 or negative n. From sums, the
 * variance is (Σx² − n·mean²)/(n − 1): exact for answers on survey scales, but it loses digits when the
 * mean is huge next to the spread (not a case for ratings); rounding below 0 is reported as 0.
 */
export function meanStatistics(m: Moments): MeanStatistics {
  checkCount("n", m.n);
  if (m.n < 1) throw new RangeError(`a mean needs at least one answer (n = ${m.n})`);
  const mean = m.sum / m.n;
  const variance = m.n > 1 ? Math.max(0, (m.sumSq - m.n * mean * mean) / (m.n - 1)) : Number.NaN;
  const sd = Math.sqrt(variance);
  return { n: m.n, mean, variance, sd, se: sd / Math.sqrt(m.n) };
}

function statisticsForTest(m: Moments, label: string): MeanStatistics {
  const statistics = meanStatistics(m);
  if (statistics.n < 2) throw new RangeError(`${label} needs at least 2 answers (n = ${statistics.n})`);
  return statistics;
}

/**
 * The t interval mean ∓ t(n − 1)·se. Throws a RangeError for n < 2. When every answer is equal, se = 0 and
 * the interval is the single point mean.
 */
export function meanInterval(m: Moments, confidence = DEFAULT_CONFIDENCE): Interval {
  checkConfidence(confidence);
  const { n, mean, se } = statisticsForTest(m, "a confidence interval");
  const margin = studentTQuantile((1 + confidence) / 2, n - 1) * se;
  return { estimate: mean, low: mean - margin, high: mean + margin };
}

function differenceTest(delta: number, se: number, df: number, confidence: number): MeanDifferenceTest {
  // Zero spread in both groups: no sampling error, so the difference is certain (or there is none).
  if (se === 0) {
    const t = delta === 0 ? 0 : Math.sign(delta) * Number.POSITIVE_INFINITY;
    return { delta, t, df, pValue: delta === 0 ? 1 : 0, low: delta, high: delta };
  }
  const t = delta / se;
  const margin = studentTQuantile((1 + confidence) / 2, df) * se;
  return {
    delta,
    t,
    df,
    pValue: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)),
    low: delta - margin,
    high: delta + margin,
  };
}

/**
 * Welch's unequal-variance t-test (R t.test(a, b)): se = √(s²a/na + s²b/nb), Welch–Satterthwaite df.
 * Throws a RangeError when a group has fewer than 2 answers. When both groups have zero variance, se = 0:
 * t is 0 with p = 1 for equal means, ±Infinity with p = 0 otherwise, the interval is the point delta and
 * df is na + nb − 2.
 */
export function welchTest(a: Moments, b: Moments, confidence = DEFAULT_CONFIDENCE): MeanDifferenceTest {
  checkConfidence(confidence);
  const sa = statisticsForTest(a, "a t-test");
  const sb = statisticsForTest(b, "a t-test");
  const va = sa.variance / sa.n;
  const vb = sb.variance / sb.n;
  const se = Math.sqrt(va + vb);
  const df = se === 0 ? sa.n + sb.n - 2 : (va + vb) ** 2 / ((va * va) / (sa.n - 1) + (vb * vb) / (sb.n - 1));
  return differenceTest(sa.mean - sb.mean, se, df, confidence);
}

/**
 * Student's pooled-variance t-test (R t.test(a, b, var.equal = TRUE)), df = na + nb − 2. Same edge cases
 * as welchTest.
 */
export function studentTest(a: Moments, b: Moments, confidence = DEFAULT_CONFIDENCE): MeanDifferenceTest {
  checkConfidence(confidence);
  const sa = statisticsForTest(a, "a t-test");
  const sb = statisticsForTest(b, "a t-test");
  const df = sa.n + sb.n - 2;
  const pooled = ((sa.n - 1) * sa.variance + (sb.n - 1) * sb.variance) / df;
  const se = Math.sqrt(pooled * (1 / sa.n + 1 / sb.n));
  return differenceTest(sa.mean - sb.mean, se, df, confidence);
}
