// Adjusting p-values when many comparisons are made at once (segments, pairs, phrases), in R's p.adjust
// conventions: adjusted values in the input order, capped at 1.

function ascendingOrder(pValues: readonly number[]): number[] {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value ${i} must be in [0, 1] (got ${p})`);
  });
  return pValues.map((_, index) => index).sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
}

/**
 * Holm's step-down adjustment (Holm 1979; R p.adjust(method = "holm")), controlling the family-wise error
 * rate: on the ascending p-values, p(i)·(m − i + 1) made non-decreasing by a running maximum.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const adjusted = new Array<number>(m);
  let running = 0;
  ascendingOrder(pValues).forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (pValues[index] as number) * (m - rank)));
    adjusted[index] = running;
  });
  return adjusted;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), controlling the false-discovery rate: q(i) = min over
 * j ≥ i of p(j)·m/j on the ascending p-values, capped at 1 (Benjamini & Hochberg 1995; R p.adjust "BH").
 */
export function benjaminiHochbergAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = ascendingOrder(pValues);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1] as number;
    running = Math.min(running, ((pValues[index] as number) * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}
