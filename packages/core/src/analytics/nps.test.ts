import { describe, expect, it } from "vitest";
import {
  type NpsCounts,
  type NpsMethod,
  npsCountsFromScores,
  npsDifferenceTest,
  npsInterval,
  npsStatistics,
} from "./nps.ts";
import { readReference } from "./reference-data.ts";

// Rocks's R package NPS: values transcribed from its unit tests, and 37 cases computed by running his own
// functions in R 4.2.2 (../shared/data/ref-nps-statistics/README.md for provenance and conventions).
type Triple = [number, number, number];
interface CountVector {
  counts: Triple;
  nps?: number;
  var?: number;
  se?: number;
  se_tolerance?: number;
}
interface ScoreVector {
  scores: number[];
  nps?: number;
  var?: number;
  se?: number;
  se_tolerance?: number;
}
interface PackageVectors {
  from_counts: CountVector[];
  from_raw_scores: ScoreVector[];
}
interface OneSampleCase {
  kind: "one_sample";
  counts_detractors_passives_promoters: Triple;
  test: "wald" | "adjusted.wald" | "iterative";
  conf: number;
  nps: number;
  se: number | null;
  ci: [number, number];
  p_value: number | null;
  var_raw?: number;
  se_raw?: number;
}
interface TwoSampleCase {
  kind: "two_sample";
  x_counts: Triple;
  y_counts: Triple;
  test: "wald" | "adjusted.wald";
  conf: number;
  nps_x: number;
  nps_y: number;
  abs_delta: number;
  se_delta: number;
  ci_abs_delta: [number, number];
  p_value: number;
}

const vectors = readReference<PackageVectors>("ref-nps-statistics/nps_package_test_vectors.json");
const cases =
  readReference<(OneSampleCase | TwoSampleCase)[]>(
    "ref-nps-statistics/nps_reference_cases_Rocks_NPS_2.0.999.json",
  ) ?? [];
// Tango's iterative score interval is not implemented: those cases are skipped on purpose.
const oneSample = cases.filter((c): c is OneSampleCase => c.kind === "one_sample" && c.test !== "iterative");
const iterative = cases.filter((c) => c.test === "iterative");
const twoSample = cases.filter((c): c is TwoSampleCase => c.kind === "two_sample");

const counts = ([detractors, passives, promoters]: Triple): NpsCounts => ({
  detractors,
  passives,
  promoters,
});
const method = (test: string): NpsMethod => (test === "wald" ? "wald" : "adjusted_wald");
// Reference values carry 15 significant digits; 1e-9 absolute is far tighter than the brief's 1e-6.
const DIGITS = 9;

function histogram(scores: readonly number[]): number[] {
  const bins = new Array<number>(11).fill(0);
  for (const score of scores) bins[score] = (bins[score] ?? 0) + 1;
  return bins;
}

describe("npsStatistics", () => {
  it.skipIf(!vectors)("matches the NPS package's unit tests from counts", () => {
    expect(vectors?.from_counts.length).toBe(7);
    for (const v of vectors?.from_counts ?? []) {
      const s = npsStatistics(counts(v.counts));
      if (v.nps !== undefined) expect(s.nps).toBeCloseTo(v.nps, 12);
      if (v.var !== undefined) expect(s.variance).toBeCloseTo(v.var, 12);
      // The package rounds its expected se to 3 decimals and compares with that tolerance.
      if (v.se !== undefined) expect(Math.abs(s.se - v.se)).toBeLessThanOrEqual(v.se_tolerance ?? 1e-12);
    }
  });

  it.skipIf(!vectors)("matches them from raw 0–10 scores through a histogram", () => {
    expect(vectors?.from_raw_scores.length).toBe(8);
    for (const v of vectors?.from_raw_scores ?? []) {
      const s = npsStatistics(npsCountsFromScores(histogram(v.scores)));
      if (v.nps !== undefined) expect(s.nps).toBeCloseTo(v.nps, 12);
      if (v.var !== undefined) expect(s.variance).toBeCloseTo(v.var, 12);
      if (v.se !== undefined) expect(Math.abs(s.se - v.se)).toBeLessThanOrEqual(v.se_tolerance ?? 1e-12);
    }
  });

  it.skipIf(oneSample.length === 0)("matches the raw variance and se of Rocks's cases", () => {
    for (const c of oneSample.filter((row) => row.var_raw !== undefined)) {
      const s = npsStatistics(counts(c.counts_detractors_passives_promoters));
      expect(s.nps).toBeCloseTo(c.nps, 12);
      expect(s.variance).toBeCloseTo(c.var_raw as number, 12);
      expect(s.se).toBeCloseTo(c.se_raw as number, 12);
    }
  });

  it("rejects n = 0 and negative counts", () => {
    expect(() => npsStatistics({ detractors: 0, passives: 0, promoters: 0 })).toThrow(RangeError);
    expect(() => npsStatistics({ detractors: -1, passives: 2, promoters: 3 })).toThrow(/detractors/);
  });
});

describe("npsCountsFromScores", () => {
  it("puts 0–6 in detractors, 7–8 in passives, 9–10 in promoters", () => {
    expect(npsCountsFromScores([1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5])).toEqual({
      detractors: 7,
      passives: 5,
      promoters: 9,
    });
  });

  it("rejects a histogram that is not 11 counts or has a negative count", () => {
    expect(() => npsCountsFromScores([1, 2, 3])).toThrow(RangeError);
    expect(() => npsCountsFromScores([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1])).toThrow(/score 10/);
  });
});

describe("npsInterval", () => {
  it.skipIf(oneSample.length === 0)(
    "matches Rocks's wald and adjusted.wald one-sample cases at 95 % and 90 %",
    () => {
      expect(oneSample.length).toBe(20);
      expect(iterative.length).toBe(9);
      expect(new Set(oneSample.map((c) => c.conf))).toEqual(new Set([0.95, 0.9]));
      for (const c of oneSample) {
        const interval = npsInterval(counts(c.counts_detractors_passives_promoters), {
          method: method(c.test),
          confidence: c.conf,
        });
        expect(interval.estimate).toBeCloseTo(c.nps, 12); // raw NPS even when adjusted
        expect(interval.se).toBeCloseTo(c.se as number, DIGITS);
        expect(interval.low).toBeCloseTo(c.ci[0], DIGITS);
        expect(interval.high).toBeCloseTo(c.ci[1], DIGITS);
        // R's 1 − (2Φ(|z|) − 1) underflows to 0 where ours keeps the tail: absolute comparison.
        expect(interval.pValue).toBeCloseTo(c.p_value as number, DIGITS);
      }
    },
  );

  it("centres the adjusted interval on the adjusted NPS: 10 promoters of 10", () => {
    // (10.75 − 0.75)/13 = 10/13 centre; by hand, not clipped to 1 (as Rocks's package).
    const interval = npsInterval({ detractors: 0, passives: 0, promoters: 10 }, { method: "adjusted_wald" });
    expect(interval.estimate).toBe(1);
    expect((interval.low + interval.high) / 2).toBeCloseTo(10 / 13, 14);
    expect(interval.high).toBeGreaterThan(1);
    const wald = npsInterval({ detractors: 0, passives: 0, promoters: 10 }, { method: "wald" });
    expect(wald).toMatchObject({ estimate: 1, low: 1, high: 1, se: 0, pValue: 0 });
  });

  it("rejects confidence outside (0, 1) and n = 0", () => {
    const c = { detractors: 1, passives: 2, promoters: 3 };
    expect(() => npsInterval(c, { method: "wald", confidence: 1 })).toThrow(RangeError);
    expect(() => npsInterval(c, { method: "wald", confidence: 0 })).toThrow(RangeError);
    expect(() =>
      npsInterval({ detractors: 0, passives: 0, promoters: 0 }, { method: "adjusted_wald" }),
    ).toThrow(RangeError);
  });
});

describe("npsDifferenceTest", () => {
  it.skipIf(twoSample.length === 0)("matches Rocks's two-sample wald and adjusted.wald cases", () => {
    expect(twoSample.length).toBe(8);
    for (const c of twoSample) {
      const test = npsDifferenceTest(counts(c.x_counts), counts(c.y_counts), {
        method: method(c.test),
        confidence: c.conf,
      });
      // The reference reports |delta| with its interval centred on it; ours is signed (x − y).
      expect(Math.abs(test.delta)).toBeCloseTo(c.abs_delta, DIGITS);
      expect(test.se).toBeCloseTo(c.se_delta, DIGITS);
      expect(test.pValue).toBeCloseTo(c.p_value, DIGITS);
      const [absLow, absHigh] = test.delta >= 0 ? [test.low, test.high] : [-test.high, -test.low];
      expect(absLow).toBeCloseTo(c.ci_abs_delta[0], DIGITS);
      expect(absHigh).toBeCloseTo(c.ci_abs_delta[1], DIGITS);
    }
  });

  it("is signed: swapping the groups flips delta, z and the interval, not the p-value", () => {
    const a = { detractors: 30, passives: 30, promoters: 40 };
    const b = { detractors: 20, passives: 30, promoters: 50 };
    const ab = npsDifferenceTest(a, b, { method: "wald" });
    const ba = npsDifferenceTest(b, a, { method: "wald" });
    expect(ab.delta).toBeCloseTo(-0.2, 14);
    expect(ab.z).toBeCloseTo(-ba.z, 14);
    expect(ab.pValue).toBeCloseTo(ba.pValue, 14);
    expect(ab.low).toBeCloseTo(-ba.high, 14);
  });

  it("reports a certain difference when both groups have zero variance", () => {
    const promoters = { detractors: 0, passives: 0, promoters: 5 };
    const detractors = { detractors: 5, passives: 0, promoters: 0 };
    expect(npsDifferenceTest(promoters, detractors, { method: "wald" })).toEqual({
      delta: 2,
      se: 0,
      z: Number.POSITIVE_INFINITY,
      pValue: 0,
      low: 2,
      high: 2,
    });
    expect(npsDifferenceTest(promoters, promoters, { method: "wald" })).toMatchObject({ z: 0, pValue: 1 });
  });
});
