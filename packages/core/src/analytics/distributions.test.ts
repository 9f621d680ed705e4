import { describe, expect, it } from "vitest";
import {
  betaQuantile,
  chiSquareCdf,
  chiSquareSurvival,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedGammaP,
  regularizedGammaQ,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
} from "./distributions.ts";

// Reference values come from outside this code: R 4.x (named), Python's math.erf/erfc/lgamma (independent
// C implementations; the expression is given), or closed forms of special cases (written out).

function expectRelative(actual: number, expected: number, digits: number) {
  expect(actual / expected).toBeCloseTo(1, digits);
}

describe("normalCdf", () => {
  it("agrees with erfc in the centre and far in both tails", () => {
    // 0.5·erfc(−x/√2) from Python's math.erfc.
    expect(normalCdf(0)).toBe(0.5);
    expectRelative(normalCdf(-1.959963984540054), 0.025, 12);
    expectRelative(normalCdf(1), 0.8413447460685429, 12);
    expectRelative(normalCdf(-0.5), 0.3085375387259869, 13);
    expectRelative(normalCdf(-8), 6.220960574271785e-16, 9);
    expectRelative(normalCdf(-20), 2.7536241186063314e-89, 9);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });
});

describe("normalQuantile", () => {
  it("matches R's qnorm and inverts erfc values from Python", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14); // R: qnorm(0.975)
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    // 0.5·erfc(6/√2) = 9.865876450377012e-10 and 0.5·erfc(0.5/√2) = 0.3085375387259869 (Python).
    expect(normalQuantile(9.865876450377012e-10)).toBeCloseTo(-6, 11);
    expect(normalQuantile(1 - 9.865876450377012e-10)).toBeCloseTo(6, 6); // 1 − p keeps ~7 digits of p
    expect(normalQuantile(0.3085375387259869)).toBeCloseTo(-0.5, 13);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("rejects probabilities outside [0, 1]", () => {
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe("Student t", () => {
  it("matches R's qt(0.975, 10)", () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 12);
    expect(studentTCdf(2.228138851986274, 10)).toBeCloseTo(0.975, 13);
  });

  it("matches the closed forms for 1 and 2 degrees of freedom", () => {
    // df = 1 (Cauchy): F(t) = ½ + atan(t)/π. df = 2: F(t) = ½ + t / (2√(t² + 2)).
    for (const t of [-50, -3.2, -0.4, 0, 0.7, 12.5]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(t * t + 2)), 14);
    }
    for (const p of [1e-6, 0.01, 0.3, 0.9, 0.999]) {
      expectRelative(studentTQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 9);
      const q = 2 * p - 1; // df = 2 inverse: t = q·√(2 / (1 − q²))
      expectRelative(studentTQuantile(p, 2), q * Math.sqrt(2 / (1 - q * q)), 9);
    }
    // Far tail of the Cauchy: P(T ≤ −1e6) = atan(1e-6)/π, relative accuracy kept.
    expectRelative(studentTCdf(-1e6, 1), Math.atan(1e-6) / Math.PI, 9);
  });

  it("matches mpmath for non-integer and large df (40-digit betainc, findroot)", () => {
    // [df, qt(0.975, df), pt(−2.5, df)] from Python mpmath at 30 digits.
    const cases: [number, number, number][] = [
      [3.5, 2.940088637982729, 0.03784732190474504],
      [26.5777843227719, 2.0533567704417965, 0.009451409795562108],
      [1e3, 1.9623390808264085, 0.006289283900545357],
      [1e5, 1.9599877075346095, 0.006210459596283766],
    ];
    for (const [df, quantile, cdf] of cases) {
      expect(studentTQuantile(0.975, df)).toBeCloseTo(quantile, 10);
      expectRelative(studentTCdf(-2.5, df), cdf, 10);
    }
    // Past df ≈ 1e6 the incomplete beta's continued fraction loses digits (documented): 2e-10 at 1e7.
    expectRelative(studentTCdf(-2.5, 1e7), 0.006209673267425624, 8);
  });

  it("rejects df ≤ 0", () => {
    expect(() => studentTCdf(1, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, -2)).toThrow(RangeError);
  });
});

describe("chi-square", () => {
  it("matches pchisq(3.84, 1) = erf(√1.92) and the df = 2 exponential", () => {
    expect(chiSquareCdf(3.84, 1)).toBeCloseTo(0.9499564787512949, 13); // Python math.erf(math.sqrt(1.92))
    expectRelative(chiSquareSurvival(50, 1), 1.5374597944280351e-12, 10); // math.erfc(5)
    for (const x of [0.1, 2, 9.5, 40]) {
      expect(chiSquareCdf(x, 2)).toBeCloseTo(1 - Math.exp(-x / 2), 14);
      expectRelative(chiSquareSurvival(x, 2), Math.exp(-x / 2), 11);
    }
    expect(chiSquareCdf(0, 3)).toBe(0);
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(() => chiSquareCdf(1, 0)).toThrow(RangeError);
  });
});

describe("incomplete gamma", () => {
  it("matches the Poisson sums for integer a, including a far upper tail", () => {
    // Q(3, x) = e^(−x)(1 + x + x²/2).
    for (const x of [0.5, 2, 3.9, 7]) {
      const q = Math.exp(-x) * (1 + x + (x * x) / 2);
      expect(regularizedGammaQ(3, x)).toBeCloseTo(q, 14);
      expect(regularizedGammaP(3, x)).toBeCloseTo(1 - q, 14);
    }
    expectRelative(regularizedGammaQ(3, 30), 4.501016648012124e-11, 11);
    expect(regularizedGammaP(1, 1.5)).toBeCloseTo(1 - Math.exp(-1.5), 14);
  });
});

describe("incomplete beta and its quantile", () => {
  it("matches the closed forms I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ, I_x(½, ½) = (2/π)·asin(√x)", () => {
    for (const x of [1e-8, 0.05, 0.3, 0.77, 0.999]) {
      expectRelative(regularizedIncompleteBeta(x, 3.5, 1), x ** 3.5, 12);
      expect(regularizedIncompleteBeta(x, 1, 40)).toBeCloseTo(1 - (1 - x) ** 40, 13);
      expectRelative(regularizedIncompleteBeta(x, 0.5, 0.5), (2 / Math.PI) * Math.asin(Math.sqrt(x)), 12);
    }
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it("inverts them: p^(1/a), 1 − (1 − p)^(1/b) (as −expm1(log1p(−p)/b)), sin²(πp/2)", () => {
    for (const p of [1e-10, 0.025, 0.5, 0.975]) {
      expectRelative(betaQuantile(p, 3.5, 1), p ** (1 / 3.5), 12);
      expectRelative(betaQuantile(p, 1, 200), -Math.expm1(Math.log1p(-p) / 200), 10);
      expectRelative(betaQuantile(p, 0.5, 0.5), Math.sin((Math.PI * p) / 2) ** 2, 10);
    }
    expect(betaQuantile(0, 2, 2)).toBe(0);
    expect(betaQuantile(1, 2, 2)).toBe(1);
  });

  it("rejects x outside [0, 1] and non-positive shapes", () => {
    expect(() => regularizedIncompleteBeta(1.2, 1, 1)).toThrow(RangeError);
    expect(() => betaQuantile(0.5, 0, 1)).toThrow(RangeError);
  });
});

describe("logGamma", () => {
  it("matches Python's math.lgamma and ln(n − 1)!", () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 13);
    expect(logGamma(0.001)).toBeCloseTo(6.907178885383854, 13);
    expect(logGamma(3.7)).toBeCloseTo(1.4280723266653883, 13);
    expectRelative(logGamma(101), 363.73937555556347, 14);
    expectRelative(logGamma(1000.5), 5908.674175848678, 14);
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});
