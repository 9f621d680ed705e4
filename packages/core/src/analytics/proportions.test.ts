import { describe, expect, it } from "vitest";
import { clopperPearsonInterval, twoProportionTest, wilsonInterval } from "./proportions.ts";
import { readReference } from "./reference-data.ts";

// Reference values (../shared/data/ref-significance-tests/README.md): R's binom package via statsmodels'
// test results, R DescTools and prop.test values embedded in statsmodels' tests, and R 4.2.2 stats outputs.
interface BinomRow {
  x: number;
  n: number;
  method_R_binom_confint: string;
  ci_low: number | null;
  ci_upp: number | null;
}
interface DescToolsRow {
  method: string;
  alpha: number;
  alternative: string;
  ci: [number, number];
}
interface StatsmodelsValues {
  k_sample_prop_test: {
    successes: number[];
    trials: number[];
    cases: { r_call: string; wilson_ci_95?: [number, number] }[];
  };
  one_proportion_100_of_200_DescTools_BinomCI_R_4_3_3: DescToolsRow[];
}
interface RBaseRow {
  fn: string;
  x?: number;
  n?: number;
  wilson_95?: [number, number];
  clopper_pearson_95?: [number, number];
  x1?: number;
  n1?: number;
  x2?: number;
  n2?: number;
  correct?: boolean;
  chisq?: number;
  signed_sqrt_chisq?: number;
  p_value?: number;
  ci_diff_95?: [number, number];
}

const binom = readReference<BinomRow[]>("ref-significance-tests/binom_confint_R_binom_package.json") ?? [];
const statsmodels = readReference<StatsmodelsValues>(
  "ref-significance-tests/statsmodels_embedded_R_values.json",
);
const rBase =
  readReference<RBaseRow[]>("ref-significance-tests/r_base_stats_reference_helper_computed.json") ?? [];
const oneSampleRows = rBase.filter((row) => row.fn === "one-sample CIs");
const propTests = rBase.filter((row) => row.fn.startsWith("prop.test (two-sample"));
const TOLERANCE = 1e-9;

/** Half a unit in the last place of a value written with few decimals (some binom rows have 7–10), else 1e-9. */
function toleranceFor(value: number): number {
  const decimals = String(value).split(".")[1]?.length ?? 0;
  if (decimals === 0 || decimals >= 12 || String(value).includes("e")) return TOLERANCE;
  return 0.5 * 10 ** -decimals + 1e-15;
}

function expectInterval(
  actual: { low: number; high: number },
  expected: readonly [number, number],
  tolerance: number,
) {
  expect(Math.abs(actual.low - expected[0])).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.high - expected[1])).toBeLessThanOrEqual(tolerance);
}

describe("wilsonInterval", () => {
  it.skipIf(binom.length === 0)("matches R binom.confint(method = 'wilson'), 0/30 and 30/30 included", () => {
    const rows = binom.filter((row) => row.method_R_binom_confint === "wilson");
    expect(rows.length).toBe(8);
    for (const row of rows) {
      const interval = wilsonInterval(row.x, row.n);
      expect(Math.abs(interval.low - (row.ci_low as number))).toBeLessThanOrEqual(
        toleranceFor(row.ci_low as number),
      );
      expect(Math.abs(interval.high - (row.ci_upp as number))).toBeLessThanOrEqual(
        toleranceFor(row.ci_upp as number),
      );
    }
  });

  it.skipIf(oneSampleRows.length === 0)(
    "matches R 4.2.2 one-sample Wilson intervals, 0/10 and 10/10 included",
    () => {
      expect(oneSampleRows.length).toBe(6);
      for (const row of oneSampleRows) {
        const interval = wilsonInterval(row.x as number, row.n as number);
        expect(interval.estimate).toBe((row.x as number) / (row.n as number));
        expectInterval(interval, row.wilson_95 as [number, number], TOLERANCE);
      }
    },
  );

  it.skipIf(!statsmodels)(
    "matches DescTools BinomCI 100/200 (7 decimals) and prop.test(73, 86, correct = FALSE)",
    () => {
      const rows = statsmodels?.one_proportion_100_of_200_DescTools_BinomCI_R_4_3_3 ?? [];
      const wilson = rows.find((row) => row.method === "wilson" && row.alternative === "two-sided");
      expectInterval(wilsonInterval(100, 200, 1 - (wilson?.alpha ?? 0)), wilson?.ci ?? [0, 0], 5e-8);
      const propTest = statsmodels?.k_sample_prop_test.cases.find((c) => c.wilson_ci_95);
      const { successes, trials } = statsmodels?.k_sample_prop_test ?? { successes: [], trials: [] };
      expectInterval(
        wilsonInterval(successes[0] as number, trials[0] as number),
        propTest?.wilson_ci_95 ?? [0, 0],
        TOLERANCE,
      );
    },
  );

  it("rejects n = 0, x > n, negative x and confidence outside (0, 1)", () => {
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 1.2)).toThrow(RangeError);
  });
});

describe("clopperPearsonInterval", () => {
  it.skipIf(binom.length === 0)("matches R binom.confint(method = 'exact'), 0/30 and 30/30 included", () => {
    const rows = binom.filter((row) => row.method_R_binom_confint === "exact");
    expect(rows.length).toBe(8);
    for (const row of rows) {
      const interval = clopperPearsonInterval(row.x, row.n);
      expect(Math.abs(interval.low - (row.ci_low as number))).toBeLessThanOrEqual(
        toleranceFor(row.ci_low as number),
      );
      expect(Math.abs(interval.high - (row.ci_upp as number))).toBeLessThanOrEqual(
        toleranceFor(row.ci_upp as number),
      );
    }
  });

  it.skipIf(oneSampleRows.length === 0)(
    "matches R 4.2.2 binom.test intervals, 0/10 and 10/10 included",
    () => {
      for (const row of oneSampleRows) {
        expectInterval(
          clopperPearsonInterval(row.x as number, row.n as number),
          row.clopper_pearson_95 as [number, number],
          TOLERANCE,
        );
      }
    },
  );

  it.skipIf(!statsmodels)("matches DescTools BinomCI 100/200 (7 decimals)", () => {
    const row = statsmodels?.one_proportion_100_of_200_DescTools_BinomCI_R_4_3_3.find(
      (r) => r.method === "clopper_pearson/beta" && r.alternative === "two-sided",
    );
    expectInterval(clopperPearsonInterval(100, 200, 1 - (row?.alpha ?? 0)), row?.ci ?? [0, 0], 5e-8);
  });

  it("puts the whole α/2 on the open side at 0/n and n/n: 1 − 0.025^(1/10)", () => {
    // P(X = 0 | p) = (1 − p)^10 = 0.025 gives the upper end for 0/10 in closed form.
    expect(clopperPearsonInterval(0, 10)).toMatchObject({ estimate: 0, low: 0 });
    expect(clopperPearsonInterval(0, 10).high).toBeCloseTo(1 - 0.025 ** (1 / 10), 12);
    expect(clopperPearsonInterval(10, 10).low).toBeCloseTo(0.025 ** (1 / 10), 12);
    expect(clopperPearsonInterval(10, 10).high).toBe(1);
  });
});

describe("twoProportionTest", () => {
  it.skipIf(propTests.length === 0)(
    "matches R prop.test for two samples, with and without continuity correction",
    () => {
      expect(propTests.length).toBe(12);
      for (const row of propTests) {
        const test = twoProportionTest(
          row.x1 as number,
          row.n1 as number,
          row.x2 as number,
          row.n2 as number,
          {
            continuity: row.correct,
          },
        );
        expect(test.delta).toBeCloseTo(
          (row.x1 as number) / (row.n1 as number) - (row.x2 as number) / (row.n2 as number),
          14,
        );
        expect(test.chiSquare).toBeCloseTo(row.chisq as number, 10);
        expect(test.z).toBeCloseTo(row.signed_sqrt_chisq as number, 10);
        expect(test.pValue).toBeCloseTo(row.p_value as number, 12);
        expectInterval(test, row.ci_diff_95 as [number, number], TOLERANCE);
      }
    },
  );

  it("computes 30/200 against 20/1000 as worked by hand", () => {
    // p̂ = 50/1200 = 1/24; var = (1/24)(23/24)(1/200 + 1/1000) = 138/576000; z = 0.13 / √var = 8.398757672.
    // Two-sided p = erfc(z/√2) = 4.5122690377509395e-17 (Python math.erfc).
    const test = twoProportionTest(30, 200, 20, 1000);
    expect(test.z).toBeCloseTo(8.398757672107383, 12);
    expect(test.pValue / 4.5122690377509395e-17).toBeCloseTo(1, 9);
  });

  it("handles a zero count in one sample and returns z = 0, p = 1 when nothing happened in either", () => {
    // p̂ = 6/1200; var = 0.005·0.995·0.006; z = 0.03 / √var = 5.490970203.
    expect(twoProportionTest(6, 200, 0, 1000).z).toBeCloseTo(5.490970202873461, 12);
    expect(twoProportionTest(0, 200, 0, 1000)).toMatchObject({ z: 0, chiSquare: 0, pValue: 1 });
  });

  it("rejects counts above their totals and empty samples", () => {
    expect(() => twoProportionTest(5, 4, 0, 10)).toThrow(RangeError);
    expect(() => twoProportionTest(0, 0, 0, 10)).toThrow(RangeError);
  });
});
