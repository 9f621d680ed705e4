import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countPhrases, emergingThemes } from "./themes.ts";
import { benjaminiHochberg, normalUpperTail, twoProportionZTest } from "./themes-statistics.ts";

// R 4.2.2 prop.test outputs, computed by the data helper (../shared/data/ref-significance-tests/README.md).
const REFERENCE = new URL(
  "../../../../../shared/data/ref-significance-tests/r_base_stats_reference_helper_computed.json",
  import.meta.url,
);
interface PropTestCase {
  fn: string;
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  correct: boolean;
  signed_sqrt_chisq: number;
  p_value: number;
}
const propTests = existsSync(REFERENCE)
  ? (JSON.parse(readFileSync(REFERENCE, "utf8")) as PropTestCase[]).filter(
      (row) => row.fn.startsWith("prop.test (two-sample") && !row.correct,
    )
  : [];

describe("twoProportionZTest", () => {
  it.skipIf(propTests.length === 0)("matches R's prop.test(correct = FALSE): z = signed √chisq and p", () => {
    expect(propTests.length).toBeGreaterThanOrEqual(6);
    for (const row of propTests) {
      const test = twoProportionZTest(row.x1, row.n1, row.x2, row.n2);
      expect(test.z).toBeCloseTo(row.signed_sqrt_chisq, 10);
      expect(test.pTwoSided / row.p_value).toBeCloseTo(1, 10);
    }
  });

  it("computes 30/200 against 20/1000 as worked by hand", () => {
    // p̂ = 50/1200 = 1/24; var = (1/24)(23/24)(1/200 + 1/1000) = 138/576000; z = 0.13 / √var = 8.398757672.
    // One-sided p = erfc(z/√2)/2 = 2.2561345e-17 (Python math.erfc, an independent implementation).
    const test = twoProportionZTest(30, 200, 20, 1000);
    expect(test.z).toBeCloseTo(8.398757672107383, 12);
    expect(test.pGreater / 2.2561345188754698e-17).toBeCloseTo(1, 9);
  });

  it("handles a zero count in one sample and returns z = 0 when nothing happened in either", () => {
    // p̂ = 6/1200; var = 0.005·0.995·0.006; z = 0.03 / √var = 5.490970203 (erfc: p = 1.99866e-8).
    expect(twoProportionZTest(6, 200, 0, 1000).z).toBeCloseTo(5.490970202873461, 12);
    expect(twoProportionZTest(0, 200, 0, 1000)).toEqual({ z: 0, pGreater: 0.5, pTwoSided: 1 });
  });

  it("rejects counts above their totals", () => {
    expect(() => twoProportionZTest(5, 4, 0, 10)).toThrow(RangeError);
  });
});

describe("normalUpperTail", () => {
  it("agrees with erfc in the centre and far in both tails", () => {
    // Reference values: 0.5·erfc(z/√2) from Python's math.erfc.
    expect(normalUpperTail(0)).toBe(0.5);
    expect(normalUpperTail(1.959963984540054) / 0.025).toBeCloseTo(1, 12);
    expect(normalUpperTail(-1) / 0.8413447460685429).toBeCloseTo(1, 12);
    expect(normalUpperTail(8) / 6.220960574271785e-16).toBeCloseTo(1, 9);
    expect(normalUpperTail(40)).toBe(0);
  });
});

describe("benjaminiHochberg", () => {
  it("adjusts p-values as R's p.adjust(method = 'BH'), in input order", () => {
    // Ascending 0.005, 0.01, 0.03, 0.04 (m = 4): p·m/rank = 0.02, 0.02, 0.04, 0.04, then the running
    // minimum from the top, so q = 0.02, 0.04, 0.04, 0.02 in the input order.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((expected, i) => {
      expect(q[i]).toBeCloseTo(expected, 15);
    });
    expect(benjaminiHochberg([0.9, 0.8])).toEqual([0.9, 0.9]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe("emergingThemes", () => {
  const current = new Map([
    ["phi chuyen khoan", 30], // 15 % of 200, was 2 %
    ["app loi", 6], // new this period
    ["nhan vien", 20], // 10 %, as before: not tested
    ["giao hang", 12], // 6 % against 4 %: p = 0.10, not significant
    ["thu tuc", 4], // below minCount
  ]);
  const baseline = new Map([
    ["phi chuyen khoan", 20],
    ["nhan vien", 100],
    ["giao hang", 40],
  ]);

  it("returns phrases whose rate rose significantly with rates, ratio, p and q", () => {
    const themes = emergingThemes(current, 200, baseline, 1000);
    expect(themes.map((theme) => theme.phrase)).toEqual(["phi chuyen khoan", "app loi"]);
    const [fees, app] = themes;
    expect(fees).toMatchObject({ count: 30, baselineCount: 20, rate: 0.15, baselineRate: 0.02 });
    // Ratio with ½ per count and 1 per total: (30.5/201)/(20.5/1001) = 7.40941633.
    expect(fees?.ratio).toBeCloseTo(7.4094163329692995, 10);
    // Three phrases tested (p = 2.256e-17, 1.99866e-8, 0.10238): BH q = 3p, 1.5p, p.
    expect((fees?.qValue ?? 0) / (3 * 2.2561345188754698e-17)).toBeCloseTo(1, 9);
    expect(app).toMatchObject({ count: 6, baselineCount: 0, baselineRate: 0 });
    expect(app?.ratio).toBeCloseTo(64.7412935323383, 10);
    expect((app?.pValue ?? 0) / 1.9986589770863146e-8).toBeCloseTo(1, 9);
    expect((app?.qValue ?? 0) / (1.5 * 1.9986589770863146e-8)).toBeCloseTo(1, 9);
  });

  it("follows alpha and minCount", () => {
    const loose = emergingThemes(current, 200, baseline, 1000, { alpha: 0.2, minCount: 3 });
    expect(loose.map((theme) => theme.phrase)).toEqual([
      "phi chuyen khoan",
      "app loi",
      "thu tuc",
      "giao hang",
    ]);
    expect(emergingThemes(current, 0, baseline, 1000)).toEqual([]);
  });
});

describe("countPhrases", () => {
  it("counts texts containing a phrase, once per text, across spellings with and without diacritics", () => {
    const counted = countPhrases(
      ["Phí thường niên cao, phí thường niên!", "phi thuong nien tang", "Ổn"],
      "vi",
    );
    expect(counted.total).toBe(3);
    expect(counted.counts.get("phi thuong")).toBe(2);
    expect(counted.counts.get("thuong nien")).toBe(2);
    expect(counted.phrases.get("thuong nien")).toBe("thường niên");
  });
});
