import { describe, expect, it } from "vitest";
import { chiSquareTest } from "./chi-square.ts";
import { readReference } from "./reference-data.ts";

// R outputs: chisq.test on a 2×3 table and prop.test two-sample (R 4.2.2, helper-computed), and the
// k-sample prop.test (smokers) statsmodels asserts against (../shared/data/ref-significance-tests/README.md).
interface RBaseRow {
  fn: string;
  table_rows?: Record<string, number[]>;
  chisq?: number;
  df?: number;
  p_value?: number;
  x1?: number;
  n1?: number;
  x2?: number;
  n2?: number;
  correct?: boolean;
}
interface KSample {
  successes: number[];
  trials: number[];
  cases: { r_call: string; chisq: number; df: number; p_value: number }[];
}

const rBase =
  readReference<RBaseRow[]>("ref-significance-tests/r_base_stats_reference_helper_computed.json") ?? [];
const table2x3 = rBase.find((row) => row.fn.startsWith("chisq.test"));
const uncorrected2x2 = rBase.filter(
  (row) => row.fn.startsWith("prop.test (two-sample") && row.correct === false,
);
const smokers = readReference<{ k_sample_prop_test: KSample }>(
  "ref-significance-tests/statsmodels_embedded_R_values.json",
)?.k_sample_prop_test;

describe("chiSquareTest", () => {
  it.skipIf(!table2x3)("matches R chisq.test on a 2×3 segment × NPS-category table", () => {
    const test = chiSquareTest(Object.values(table2x3?.table_rows ?? {}));
    expect(test.statistic).toBeCloseTo(table2x3?.chisq ?? Number.NaN, 10);
    expect(test.df).toBe(table2x3?.df);
    expect(test.pValue).toBeCloseTo(table2x3?.p_value ?? Number.NaN, 12);
  });

  it.skipIf(uncorrected2x2.length === 0)(
    "gives prop.test(correct = FALSE) on 2×2 tables: no Yates correction",
    () => {
      expect(uncorrected2x2.length).toBe(6);
      for (const row of uncorrected2x2) {
        const [x1, n1, x2, n2] = [row.x1, row.n1, row.x2, row.n2] as number[];
        const test = chiSquareTest([
          [x1 as number, (n1 as number) - (x1 as number)],
          [x2 as number, (n2 as number) - (x2 as number)],
        ]);
        expect(test.statistic).toBeCloseTo(row.chisq ?? Number.NaN, 10);
        expect(test.pValue).toBeCloseTo(row.p_value ?? Number.NaN, 12);
      }
    },
  );

  it.skipIf(!smokers)("matches prop.test(smokers, patients, correct = FALSE) on the 4×2 table", () => {
    const expected = smokers?.cases.find((c) => c.r_call === "prop.test(smokers2, patients, correct=FALSE)");
    const table = (smokers?.successes ?? []).map((x, i) => [x, (smokers?.trials[i] as number) - x]);
    const test = chiSquareTest(table);
    expect(test.statistic).toBeCloseTo(expected?.chisq ?? Number.NaN, 10);
    expect(test.df).toBe(expected?.df);
    expect(test.pValue).toBeCloseTo(expected?.p_value ?? Number.NaN, 12);
  });

  it("returns expected counts and leaves empty rows and columns out", () => {
    // Row totals 10, 30; column totals 20, 20; grand total 40 → E = [[5, 5], [15, 15]].
    const test = chiSquareTest([
      [8, 0, 2],
      [12, 0, 18],
      [0, 0, 0],
    ]);
    expect(test.expected).toEqual([
      [5, 0, 5],
      [15, 0, 15],
      [0, 0, 0],
    ]);
    expect(test.df).toBe(1);
    // (3² / 5)·2 + (3² / 15)·2 = 3.6 + 1.2 = 4.8.
    expect(test.statistic).toBeCloseTo(4.8, 12);
  });

  it("rejects ragged tables, negative counts and tables with one non-empty row", () => {
    expect(() => chiSquareTest([[1, 2], [3]])).toThrow(RangeError);
    expect(() =>
      chiSquareTest([
        [1, -2],
        [3, 4],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      chiSquareTest([
        [1, 2],
        [0, 0],
      ]),
    ).toThrow(/non-empty/);
  });
});
