import { describe, expect, it } from "vitest";
import { countPhrases, emergingThemes } from "./themes.ts";

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
