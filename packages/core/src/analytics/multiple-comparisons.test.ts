import { describe, expect, it } from "vitest";
import { benjaminiHochbergAdjust, holmAdjust } from "./multiple-comparisons.ts";
import { readReference } from "./reference-data.ts";

// Pairwise chi-square p-values of the smokers data, raw and after R's p.adjust(method = "holm"), as
// asserted by statsmodels' tests (../shared/data/ref-significance-tests/README.md).
const smokers = readReference<{
  k_sample_prop_test: {
    pairwise_chisq_pvalues_raw_order_12_13_14_23_24_34: number[];
    pairwise_pvalues_holm: number[];
  };
}>("ref-significance-tests/statsmodels_embedded_R_values.json")?.k_sample_prop_test;

describe("holmAdjust", () => {
  it.skipIf(!smokers)("matches R p.adjust(method = 'holm') in the input order", () => {
    const adjusted = holmAdjust(smokers?.pairwise_chisq_pvalues_raw_order_12_13_14_23_24_34 ?? []);
    const expected = smokers?.pairwise_pvalues_holm ?? [];
    expect(adjusted.length).toBe(6);
    adjusted.forEach((p, i) => {
      expect(p).toBeCloseTo(expected[i] as number, 14);
    });
  });

  it("caps at 1 and keeps the adjusted values monotone", () => {
    // Ascending 0.01, 0.02, 0.6 (m = 3): 0.03, 0.04, 0.6 → in input order 0.6, 0.03, 0.04.
    expect(holmAdjust([0.6, 0.01, 0.02])).toEqual([0.6, 0.03, 0.04]);
    expect(holmAdjust([0.5, 0.4])).toEqual([0.8, 0.8]);
    expect(holmAdjust([])).toEqual([]);
    expect(() => holmAdjust([1.5])).toThrow(RangeError);
  });
});

describe("benjaminiHochbergAdjust", () => {
  it("adjusts p-values as R's p.adjust(method = 'BH'), in input order", () => {
    // Ascending 0.005, 0.01, 0.03, 0.04 (m = 4): p·m/rank = 0.02, 0.02, 0.04, 0.04, then the running
    // minimum from the top, so q = 0.02, 0.04, 0.04, 0.02 in the input order.
    const q = benjaminiHochbergAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((expected, i) => {
      expect(q[i]).toBeCloseTo(expected, 15);
    });
    expect(benjaminiHochbergAdjust([0.9, 0.8])).toEqual([0.9, 0.9]);
    expect(benjaminiHochbergAdjust([])).toEqual([]);
  });
});
