import { describe, expect, it } from "vitest";
import { meanInterval, meanStatistics, studentTest, welchTest } from "./means.ts";
import { addMoments, momentsFromCounts, momentsOf } from "./moments.ts";
import { readReference } from "./reference-data.ts";

// R 4.2.2 t.test on two 1–5 CSAT vectors (../shared/data/ref-significance-tests/README.md).
interface TTestRow {
  fn: string;
  a: number[];
  b: number[];
  welch_t: number;
  welch_df: number;
  welch_p: number;
  welch_ci_95: [number, number];
  student_t: number;
  student_df: number;
  student_p: number;
  mean_a: number;
  mean_b: number;
  sd_a: number;
  sd_b: number;
}

const tTest = readReference<{ fn: string }[]>(
  "ref-significance-tests/r_base_stats_reference_helper_computed.json",
)?.find((row): row is TTestRow => row.fn === "t.test");
const DIGITS = 10;

describe("welchTest and studentTest", () => {
  it.skipIf(!tTest)("match R t.test(a, b) and t.test(a, b, var.equal = TRUE)", () => {
    const a = momentsOf(tTest?.a ?? []);
    const b = momentsOf(tTest?.b ?? []);
    expect(meanStatistics(a).mean).toBeCloseTo(tTest?.mean_a ?? Number.NaN, 12);
    expect(meanStatistics(b).mean).toBeCloseTo(tTest?.mean_b ?? Number.NaN, 12);
    expect(meanStatistics(a).sd).toBeCloseTo(tTest?.sd_a ?? Number.NaN, 12);
    expect(meanStatistics(b).sd).toBeCloseTo(tTest?.sd_b ?? Number.NaN, 12);

    const welch = welchTest(a, b);
    expect(welch.delta).toBeCloseTo((tTest?.mean_a ?? 0) - (tTest?.mean_b ?? 0), 12);
    expect(welch.t).toBeCloseTo(tTest?.welch_t ?? Number.NaN, DIGITS);
    expect(welch.df).toBeCloseTo(tTest?.welch_df ?? Number.NaN, DIGITS);
    expect(welch.pValue).toBeCloseTo(tTest?.welch_p ?? Number.NaN, DIGITS);
    expect(welch.low).toBeCloseTo(tTest?.welch_ci_95[0] ?? Number.NaN, DIGITS);
    expect(welch.high).toBeCloseTo(tTest?.welch_ci_95[1] ?? Number.NaN, DIGITS);

    const student = studentTest(a, b);
    expect(student.t).toBeCloseTo(tTest?.student_t ?? Number.NaN, DIGITS);
    expect(student.df).toBe(tTest?.student_df);
    expect(student.pValue).toBeCloseTo(tTest?.student_p ?? Number.NaN, DIGITS);
  });

  it("reports a certain difference when both groups have zero variance", () => {
    const fives = momentsOf([5, 5, 5]);
    const fours = momentsOf([4, 4]);
    expect(welchTest(fives, fours)).toEqual({
      delta: 1,
      t: Number.POSITIVE_INFINITY,
      df: 3,
      pValue: 0,
      low: 1,
      high: 1,
    });
    expect(studentTest(fives, fives)).toMatchObject({ t: 0, pValue: 1 });
  });

  it("rejects groups with fewer than 2 answers", () => {
    expect(() => welchTest(momentsOf([3]), momentsOf([1, 2]))).toThrow(RangeError);
    expect(() => studentTest(momentsOf([]), momentsOf([1, 2]))).toThrow(RangeError);
  });
});

describe("meanInterval", () => {
  it("is the mean ∓ qt(0.975, n − 1)·s/√n, with R's qt(0.975, 10) = 2.228138851986274", () => {
    // 11 answers 0..10: mean 5, s² = Σ(x − 5)²/10 = 110/10 = 11, se = √(11/11) = 1.
    const interval = meanInterval(momentsOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(interval.estimate).toBe(5);
    expect(interval.low).toBeCloseTo(5 - 2.228138851986274, 12);
    expect(interval.high).toBeCloseTo(5 + 2.228138851986274, 12);
  });

  it("rejects n < 2 and confidence outside (0, 1)", () => {
    expect(() => meanInterval(momentsOf([4]))).toThrow(RangeError);
    expect(() => meanInterval(momentsOf([4, 5]), 0)).toThrow(RangeError);
  });
});

describe("meanStatistics", () => {
  it("uses the sample variance and returns NaN spread for a single answer", () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, s² = 32/7.
    const s = meanStatistics(momentsOf([2, 4, 4, 4, 5, 5, 7, 9]));
    expect(s).toMatchObject({ n: 8, mean: 5 });
    expect(s.variance).toBeCloseTo(32 / 7, 14);
    expect(s.se).toBeCloseTo(Math.sqrt(32 / 7 / 8), 14);
    expect(Number.isNaN(meanStatistics(momentsOf([3])).variance)).toBe(true);
    expect(() => meanStatistics(momentsOf([]))).toThrow(RangeError);
  });
});

describe("moments", () => {
  it("adds disjoint groups and reads histograms with a value mapping", () => {
    expect(addMoments(momentsOf([1, 2]), momentsOf([3]))).toEqual({ n: 3, sum: 6, sumSq: 14 });
    // Two answers of 0 and three of 2 by index; on a 1–5 scale stored from index 0, values 1 and 3.
    expect(momentsFromCounts([2, 0, 3])).toEqual({ n: 5, sum: 6, sumSq: 12 });
    expect(momentsFromCounts([2, 0, 3], (i) => i + 1)).toEqual({ n: 5, sum: 11, sumSq: 29 });
    expect(() => momentsFromCounts([1, -2])).toThrow(RangeError);
    expect(() => momentsOf([1, Number.NaN])).toThrow(RangeError);
  });
});
