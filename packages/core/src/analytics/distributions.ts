// Special functions and the distributions the analytics tests need (normal, Student t, chi-square, beta),
// dependency-free and accurate to about 1e-11 relative in the ranges survey statistics use. Past about
// 1e6 degrees of freedom the incomplete beta's continued fraction cancels digits: Student t CDFs are
// then good to ~2e-10 relative at df = 1e7 and ~3e-8 at 1e9, still far below what any decision needs.
import { checkDegreesOfFreedom, checkPositive, checkProbability } from "./input-checks.ts";

// The normal distribution lives in its own file; re-exported so that every distribution is found here.
export { normalCdf, normalQuantile } from "./normal-distribution.ts";

// Lanczos approximation, g = 7, n = 9 (Numerical Recipes 3rd ed. §6.1 / Godfrey's coefficients):
// about 1e-15 relative for x ≥ 0.5.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  checkPositive("x", x);
  // Reflection Γ(x)Γ(1 − x) = π / sin(πx) keeps the Lanczos sum in its accurate range.
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let k = 1; k < LANCZOS.length; k++) sum += (LANCZOS[k] as number) / (z + k);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

// ln Γ(x) − Stirling's ln Γ(x) ≈ 1/(12x) − 1/(360x³) + …, for x ≥ 10: error under 2e-14 there.
function stirlingCorrection(x: number): number {
  const r = 1 / (x * x);
  return (1 / 12 - r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r / 1188)))) / x;
}

/**
 * ln B(a, b). For large arguments ln Γ(a) + ln Γ(b) − ln Γ(a + b) cancels to nothing (ln Γ(5e8) ≈ 1e10),
 * so, as R's lbeta does, the Stirling terms are subtracted analytically and only their corrections remain.
 */
function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q < 10) return logGamma(p) + logGamma(q) - logGamma(p + q);
  const ratio = p / (p + q);
  if (p >= 10) {
    const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return (
      -0.5 * Math.log(q) + HALF_LOG_TWO_PI + correction + (p - 0.5) * Math.log(ratio) + q * Math.log1p(-ratio)
    );
  }
  const correction = stirlingCorrection(q) - stirlingCorrection(p + q);
  return logGamma(p) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-ratio);
}

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/** P(a, x) = γ(a, x) / Γ(a), the regularized lower incomplete gamma function (a > 0, x ≥ 0). */
export function regularizedGammaP(a: number, x: number): number {
  checkPositive("a", a);
  if (!(x >= 0)) throw new RangeError(`x must be ≥ 0 (got ${x})`);
  if (x === 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Q(a, x) = 1 − P(a, x), computed directly so that far upper tails keep their relative accuracy. */
export function regularizedGammaQ(a: number, x: number): number {
  checkPositive("a", a);
  if (!(x >= 0)) throw new RangeError(`x must be ≥ 0 (got ${x})`);
  if (x === 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

// Series for P(a, x), convergent fast for x < a + 1 (Numerical Recipes 3rd ed. §6.2).
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let k = 1; k < MAX_ITERATIONS; k++) {
    term *= x / (a + k);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

// Legendre's continued fraction for Q(a, x), evaluated by modified Lentz, for x ≥ a + 1.
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let k = 1; k < MAX_ITERATIONS; k++) {
    const an = -k * (k - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** I_x(a, b), the regularized incomplete beta function (0 ≤ x ≤ 1, a, b > 0). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1)) throw new RangeError(`x must be in [0, 1] (got ${x})`);
  checkPositive("a", a);
  checkPositive("b", b);
  return incompleteBeta(x, 1 - x, a, b);
}

// I_x(a, b) given both x and y = 1 − x, so callers that know y more precisely than 1 − x (the t tail) pass it.
function incompleteBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  // log1p of the smaller one: with a = 5e8 (Welch df), the rounding of x itself would cost 1e-7 relative.
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  // The continued fraction converges fast below the mean; above it, use I_x(a, b) = 1 − I_y(b, a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

// Continued fraction for I_x(a, b) by modified Lentz (Numerical Recipes 3rd ed. §6.4, betacf).
function betaContinuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let an = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + an * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    an = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + an * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * The x with I_x(a, b) = p. Starts from the approximations of Numerical Recipes 3rd ed. §6.14 (invbetai)
 * and polishes with Newton steps kept inside a shrinking bracket, so it cannot diverge. Returns 0 for
 * p = 0 and 1 for p = 1.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  checkProbability("p", p);
  checkPositive("a", a);
  checkPositive("b", b);
  if (p === 0) return 0;
  if (p === 1) return 1;
  let x = betaQuantileStart(p, a, b);
  let low = 0;
  let high = 1;
  const logB = logBeta(a, b);
  for (let i = 0; i < 300; i++) {
    const error = incompleteBeta(x, 1 - x, a, b) - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);
    let next = x - error / density;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || high - low <= 1e-15 * high) return next;
    x = next;
  }
  return x;
}

function betaQuantileStart(p: number, a: number, b: number): number {
  let x: number;
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    const t = Math.exp(a * Math.log(a / (a + b))) / a;
    const u = Math.exp(b * Math.log(b / (a + b))) / b;
    const w = t + u;
    x = p < t / w ? (a * w * p) ** (1 / a) : 1 - (b * w * (1 - p)) ** (1 / b);
  }
  return Math.min(Math.max(x, 1e-300), 1 - 1e-16);
}

/** P(T ≤ t) for Student's t with df > 0 degrees of freedom (df need not be an integer: Welch). */
export function studentTCdf(t: number, df: number): number {
  checkDegreesOfFreedom(df);
  if (Number.isNaN(t)) throw new RangeError("t must be a number");
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  // P(|T| ≥ |t|) = I_x(df/2, 1/2) with x = df/(df + t²); passing 1 − x = t²/(df + t²) directly keeps
  // accuracy for small |t|.
  const tail = incompleteBeta(df / (df + t * t), (t * t) / (df + t * t), df / 2, 0.5) / 2;
  return t > 0 ? 1 - tail : tail;
}

/** The t with P(T ≤ t) = p for Student's t with df > 0 degrees of freedom. ±Infinity at p = 0 and 1. */
export function studentTQuantile(p: number, df: number): number {
  checkProbability("p", p);
  checkDegreesOfFreedom(df);
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  // Start from the beta quantile (P(|T| ≥ |t|) = 2p) and polish with Newton steps on the CDF, which fix
  // the digits lost forming t from x when x is near 1.
  const x = betaQuantile(2 * p, df / 2, 0.5);
  let t = -Math.sqrt((df * (1 - x)) / x);
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  for (let i = 0; i < 3; i++) {
    const density = Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
    const step = (studentTCdf(t, df) - p) / density;
    if (!Number.isFinite(step)) break;
    t -= step;
  }
  return t;
}

/** P(X ≤ x) for a chi-square variable with df > 0 degrees of freedom. */
export function chiSquareCdf(x: number, df: number): number {
  checkDegreesOfFreedom(df);
  return x <= 0 ? 0 : regularizedGammaP(df / 2, x / 2);
}

/** P(X ≥ x) for a chi-square variable with df > 0 degrees of freedom: the p-value of a chi-square test. */
export function chiSquareSurvival(x: number, df: number): number {
  checkDegreesOfFreedom(df);
  return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
}
