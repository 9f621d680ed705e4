// The statistics behind emerging themes: the pooled two-proportion z-test, the normal tail it needs,
// and Benjamini–Hochberg false-discovery-rate adjustment over the many phrases tested at once.

export interface TwoProportionTest {
  /** (p1 − p2) / √(p̂(1 − p̂)(1/n1 + 1/n2)), p̂ pooled; equals R's signed √chisq of prop.test(correct = FALSE). */
  z: number;
  /** P(Z ≥ z): the one-sided p-value for "the first rate is higher". */
  pGreater: number;
  /** P(|Z| ≥ |z|): R's prop.test p-value without continuity correction. */
  pTwoSided: number;
}

/**
 * Pooled two-proportion z-test of x1/n1 against x2/n2 (Agresti, Categorical Data Analysis, 3rd ed.,
 * §2.1.3; the same statistic as the 2×2 Pearson chi-square). A zero count in one sample is fine: the
 * pooled rate is then still positive. With no successes (or no failures) at all there is no evidence
 * either way, and z = 0.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TwoProportionTest {
  if (!(n1 > 0 && n2 > 0) || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
    throw new RangeError(`two-proportion test needs 0 ≤ x ≤ n and n > 0 (got ${x1}/${n1}, ${x2}/${n2})`);
  }
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  const z = variance > 0 ? (x1 / n1 - x2 / n2) / Math.sqrt(variance) : 0;
  return { z, pGreater: normalUpperTail(z), pTwoSided: Math.min(1, 2 * normalUpperTail(Math.abs(z))) };
}

/**
 * From |z| = 3 on, Laplace's continued fraction at depth 60 is exact to ~3e-15 relative (checked
 * against erfc for z = 3…30); Hart's rational function, built for absolute accuracy, drifts to 1e-9
 * relative by z = 7, and emerging themes compare p-values far out in the tail.
 */
const CONTINUED_FRACTION_FROM = 3;
const CONTINUED_FRACTION_DEPTH = 60;

/**
 * P(Z ≥ z) for a standard normal Z, to about 1e-14 relative accuracy in the upper tail: Hart's (1968)
 * rational approximation as given by West, "Better approximations to cumulative normal functions"
 * (Wilmott Magazine, 2005) below |z| = 3, Laplace's continued fraction above.
 */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z);
  let tail: number;
  if (x > 37) tail = 0;
  else {
    const exponential = Math.exp(-(x * x) / 2);
    if (x < CONTINUED_FRACTION_FROM) {
      let numerator = 3.52624965998911e-2 * x + 0.700383064443688;
      numerator = numerator * x + 6.37396220353165;
      numerator = numerator * x + 33.912866078383;
      numerator = numerator * x + 112.079291497871;
      numerator = numerator * x + 221.213596169931;
      numerator = numerator * x + 220.206867912376;
      let denominator = 8.83883476483184e-2 * x + 1.75566716318264;
      denominator = denominator * x + 16.064177579207;
      denominator = denominator * x + 86.7807322029461;
      denominator = denominator * x + 296.564248779674;
      denominator = denominator * x + 637.333633378831;
      denominator = denominator * x + 793.826512519948;
      denominator = denominator * x + 440.413735824752;
      tail = (exponential * numerator) / denominator;
    } else {
      // φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))), evaluated from the bottom.
      let fraction = x;
      for (let k = CONTINUED_FRACTION_DEPTH; k >= 1; k--) fraction = x + k / fraction;
      tail = exponential / fraction / Math.sqrt(2 * Math.PI);
    }
  }
  return z >= 0 ? tail : 1 - tail;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the input order: q(i) = min over j ≥ i of
 * p(j)·m/j on the ascending p-values, capped at 1 (Benjamini & Hochberg 1995; R's p.adjust "BH").
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1] as { p: number; index: number };
    running = Math.min(running, (p * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}
