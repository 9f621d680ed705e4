// Net Promoter Score from category counts: the score, its variance, intervals and the two-group test.
// NPS is on [−1, 1] here; callers multiply by 100 for display.
import { type ConfidenceOptions, checkConfidence, DEFAULT_CONFIDENCE, normalCritical } from "./confidence.ts";
import { checkCount } from "./input-checks.ts";
import { normalCdf } from "./normal-distribution.ts";

/** Answers per category: 0–6 detractors, 7–8 passives, 9–10 promoters. Skipped answers are in none. */
export interface NpsCounts {
  detractors: number;
  passives: number;
  promoters: number;
}

export interface NpsStatistics {
  n: number;
  /** (promoters − detractors) / n, in [−1, 1]. */
  nps: number;
  /** Variance of one answer coded +1/0/−1: (pPro + pDet) − (pPro − pDet)², population form (÷ n). */
  variance: number;
  /** √(variance / n). */
  se: number;
}

/**
 * "wald": the plain normal interval around the NPS. "adjusted_wald": Rocks (2016), "Interval estimation
 * for the Net Promoter Score", The American Statistician 70(4) — add 0.75 detractor, 1.5 passives and
 * 0.75 promoter (n + 3) before the Wald formula; better coverage for small n and extreme scores.
 */
export type NpsMethod = "wald" | "adjusted_wald";

export interface NpsMethodOptions extends ConfidenceOptions {
  method: NpsMethod;
}

export interface NpsInterval {
  /** The NPS of the counts as given (not adjusted), the number a dashboard shows. */
  estimate: number;
  /**
   * estimate ∓ z·se for "wald"; for "adjusted_wald" centred on the ADJUSTED NPS, so not symmetric around
   * estimate. Not clipped to [−1, 1] (as in Rocks's NPS package): clip for display if needed.
   */
  low: number;
  high: number;
  /** Standard error of the interval's centre (adjusted counts for "adjusted_wald"). */
  se: number;
  /** Two-sided normal p-value for NPS = 0, from the interval's centre and se. */
  pValue: number;
}

export interface NpsDifference {
  /** NPS(a) − NPS(b), signed; adjusted NPS on both sides for "adjusted_wald". */
  delta: number;
  /** √(var_a / n_a + var_b / n_b). */
  se: number;
  z: number;
  /** Two-sided normal p-value for equal NPS. */
  pValue: number;
  /** delta ∓ z·se: an interval for the signed difference. */
  low: number;
  high: number;
}

const NPS_SCALE_POINTS = 11;

/**
 * Category counts from a histogram of 0–10 answers (index = score). Only answered questions belong in the
 * histogram: a skipped answer is neither a detractor nor in the denominator.
 */
export function npsCountsFromScores(counts0to10: readonly number[]): NpsCounts {
  if (counts0to10.length !== NPS_SCALE_POINTS) {
    throw new RangeError(`an NPS histogram has 11 counts, for scores 0–10 (got ${counts0to10.length})`);
  }
  counts0to10.forEach((count, score) => {
    checkCount(`count of score ${score}`, count);
  });
  const sum = (from: number, to: number) => counts0to10.slice(from, to + 1).reduce((a, b) => a + b, 0);
  return { detractors: sum(0, 6), passives: sum(7, 8), promoters: sum(9, 10) };
}

/**
 * NPS, variance and standard error of the counts. Throws a RangeError for negative counts or n = 0 (there
 * is no score without answers; callers show "no data" instead). When every answer is in one category the
 * variance and se are 0.
 */
export function npsStatistics(c: NpsCounts): NpsStatistics {
  checkCount("detractors", c.detractors);
  checkCount("passives", c.passives);
  checkCount("promoters", c.promoters);
  const n = c.detractors + c.passives + c.promoters;
  if (n === 0) throw new RangeError("NPS needs at least one answer (n = 0)");
  const pPro = c.promoters / n;
  const pDet = c.detractors / n;
  const nps = pPro - pDet;
  // max(0, …): rounding can leave −1e-17 for one-category counts, whose variance is exactly 0.
  const variance = Math.max(0, pPro + pDet - nps * nps);
  return { n, nps, variance, se: Math.sqrt(variance / n) };
}

const ADJUSTMENT: NpsCounts = { detractors: 0.75, passives: 1.5, promoters: 0.75 };

function countsFor(c: NpsCounts, method: NpsMethod): NpsCounts {
  if (method === "wald") return c;
  if (method !== "adjusted_wald") throw new RangeError(`unknown NPS interval method "${method as string}"`);
  return {
    detractors: c.detractors + ADJUSTMENT.detractors,
    passives: c.passives + ADJUSTMENT.passives,
    promoters: c.promoters + ADJUSTMENT.promoters,
  };
}

function twoSidedNormalP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/**
 * A confidence interval for one group's NPS (z = qnorm((1 + confidence)/2)). Throws a RangeError for
 * n = 0. A Wald interval of one-category counts (all promoters, say) has se = 0 and is the single point
 * NPS: degenerate, which is why "adjusted_wald" is the one to show.
 */
export function npsInterval(c: NpsCounts, options: NpsMethodOptions): NpsInterval {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  checkConfidence(confidence);
  const { nps: estimate } = npsStatistics(c);
  const { nps: centre, se } = npsStatistics(countsFor(c, options.method));
  const margin = normalCritical(confidence) * se;
  const pValue = se > 0 ? twoSidedNormalP(centre / se) : centre === 0 ? 1 : 0;
  return { estimate, low: centre - margin, high: centre + margin, se, pValue };
}

/**
 * Two-sample test of NPS(a) = NPS(b) for independent groups, and an interval for the difference (Rocks
 * 2016: se = √(var_a/n_a + var_b/n_b), normal reference). When both groups have zero variance, se = 0:
 * z is 0 with p = 1 if the scores are equal, ±Infinity with p = 0 otherwise, and the interval is the
 * point delta.
 */
export function npsDifferenceTest(a: NpsCounts, b: NpsCounts, options: NpsMethodOptions): NpsDifference {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  checkConfidence(confidence);
  const sa = npsStatistics(countsFor(a, options.method));
  const sb = npsStatistics(countsFor(b, options.method));
  const delta = sa.nps - sb.nps;
  const se = Math.sqrt(sa.se * sa.se + sb.se * sb.se);
  const z = se > 0 ? delta / se : delta === 0 ? 0 : Math.sign(delta) * Number.POSITIVE_INFINITY;
  const margin = normalCritical(confidence) * se;
  return { delta, se, z, pValue: twoSidedNormalP(z), low: delta - margin, high: delta + margin };
}
