// What each analytics metric is: the question types it fits, what it reads, and how a group's figures
// become a sample; and, per kind of sample, the estimate with its interval, the two-sample test and the
// one-sample test against a target, all computed by core's statistics from sufficient statistics.
import {
  type AnalyticsMetric,
  meanInterval,
  meanStatistics,
  normalCdf,
  npsCountsFromScores,
  npsDifferenceTest,
  npsInterval,
  type Question,
  type QuestionType,
  studentTCdf,
  twoProportionTest,
  welchTest,
  wilsonInterval,
} from "@touchpoint/core";
import type { ScoreStats } from "./stats-reader.ts";

/** Trinomial counts: NPS (promoters 9–10, passives 7–8, detractors 0–6) and net sentiment alike. */
export interface Trinomial {
  positive: number;
  neutral: number;
  negative: number;
}

export type Sample =
  | { kind: "nps"; counts: Trinomial }
  | { kind: "proportion"; x: number; n: number }
  | { kind: "mean"; n: number; sum: number; sumSq: number }
  | { kind: "count"; n: number };

export type Scale = "nps" | "percent" | "units" | "count";
export type Reads = "scores" | "sentiment" | "completed" | "invitations";

export interface MetricSpec {
  scale: Scale;
  reads: Reads;
  /** Question types the metric fits; null when it needs no question. */
  fits: readonly QuestionType[] | null;
  /** The interval method behind ci_low / ci_high, and the test behind p_value, as the response names them. */
  interval: string | null;
  test: string;
  /** The one-sample test against a target. */
  targetTest: string;
}

const SCORED = ["nps", "csat", "ces", "rating", "number"] as const;
const NPS_METHOD = "adjusted_wald";

const PROPORTION = {
  scale: "percent",
  interval: "Wilson",
  test: "two-proportion z-test (pooled, no continuity correction)",
  targetTest: "one-proportion z-test",
} as const;
const NET = {
  scale: "nps",
  interval: "adjusted Wald (Rocks 2016)",
  test: "difference z-test, adjusted Wald (Rocks 2016)",
  targetTest: "one-sample z-test, adjusted Wald",
} as const;

export const METRICS: Record<AnalyticsMetric, MetricSpec> = {
  nps: { ...NET, reads: "scores", fits: ["nps"] },
  csat: { ...PROPORTION, reads: "scores", fits: ["csat"] },
  ces: { ...PROPORTION, reads: "scores", fits: ["ces"] },
  top_box: { ...PROPORTION, reads: "scores", fits: ["nps", "csat", "ces", "rating"] },
  goal_completion: { ...PROPORTION, reads: "scores", fits: ["goal_completion"] },
  mean: {
    scale: "units",
    reads: "scores",
    fits: SCORED,
    interval: "Student t",
    test: "Welch t-test",
    targetTest: "one-sample t-test",
  },
  // Net sentiment of analysed answers: % positive − % negative, a trinomial like NPS.
  sentiment: { ...NET, reads: "sentiment", fits: ["text"] },
  count: { scale: "count", reads: "completed", fits: null, interval: null, test: "none", targetTest: "none" },
  response_rate: { ...PROPORTION, reads: "invitations", fits: null },
};

/** The scale points counted as the top two boxes of a question. */
function topTwoBox(question: Question): [number, number] {
  switch (question.type) {
    case "nps":
      return [9, 10];
    case "csat":
      return [4, 5];
    case "ces":
      return [6, 7];
    case "rating":
      return [question.points - 1, question.points];
    default:
      throw new Error(`no top box for ${question.type}`);
  }
}

const countsWithin = (stats: ScoreStats, low: number, high: number) =>
  stats.counts.slice(low, high + 1).reduce((sum, n) => sum + n, 0);

/** A group's sample for a score-reading metric. */
export function scoreSample(metric: AnalyticsMetric, question: Question, stats: ScoreStats): Sample {
  switch (metric) {
    case "nps": {
      const c = npsCountsFromScores(stats.counts);
      return { kind: "nps", counts: { positive: c.promoters, neutral: c.passives, negative: c.detractors } };
    }
    // CSAT top-2-box (4–5 of 1–5); CES: agreeing, 5–7 of 1–7 (Gartner CES 2.0); goal completion: achieved 1.
    case "csat":
      return { kind: "proportion", x: countsWithin(stats, 4, 5), n: stats.n };
    case "ces":
      return { kind: "proportion", x: countsWithin(stats, 5, 7), n: stats.n };
    case "goal_completion":
      return { kind: "proportion", x: stats.counts[1] ?? 0, n: stats.n };
    case "top_box": {
      const [low, high] = topTwoBox(question);
      return { kind: "proportion", x: countsWithin(stats, low, high), n: stats.n };
    }
    case "mean":
      return { kind: "mean", n: stats.n, sum: stats.sum, sumSq: stats.sumSq };
    default:
      throw new Error(`${metric} does not read scores`);
  }
}

export function sampleSize(sample: Sample): number {
  return sample.kind === "nps"
    ? sample.counts.positive + sample.counts.neutral + sample.counts.negative
    : sample.n;
}

const npsCounts = (t: Trinomial) => ({ promoters: t.positive, passives: t.neutral, detractors: t.negative });

export interface Estimate {
  value: number | null;
  low: number | null;
  high: number | null;
}

const NONE: Estimate = { value: null, low: null, high: null };

/** The estimate on the metric's scale with its interval; null where there is nothing to estimate. */
export function estimate(sample: Sample, confidence: number): Estimate {
  if (sample.kind === "count") return { value: sample.n, low: null, high: null };
  if (sampleSize(sample) === 0) return NONE;
  switch (sample.kind) {
    case "nps": {
      // Core's NPS is on [−1, 1]; the API's on [−100, 100].
      const interval = npsInterval(npsCounts(sample.counts), { method: NPS_METHOD, confidence });
      return { value: 100 * interval.estimate, low: 100 * interval.low, high: 100 * interval.high };
    }
    case "proportion": {
      const interval = wilsonInterval(sample.x, sample.n, confidence);
      return { value: 100 * interval.estimate, low: 100 * interval.low, high: 100 * interval.high };
    }
    case "mean": {
      if (sample.n < 2) return { value: meanStatistics(sample).mean, low: null, high: null };
      const interval = meanInterval(sample, confidence);
      return { value: interval.estimate, low: interval.low, high: interval.high };
    }
  }
}

export interface Comparison {
  /** The group's value minus the other side's, on the metric's scale. */
  delta: number;
  pValue: number;
}

const twoSided = (z: number) => Math.min(1, 2 * normalCdf(-Math.abs(z)));

/** a − b with the two-sample test of the sample's kind; null when either side cannot be tested. */
export function compareSamples(a: Sample, b: Sample, confidence: number): Comparison | null {
  if (sampleSize(a) === 0 || sampleSize(b) === 0) return null;
  const delta = (estimate(a, confidence).value ?? 0) - (estimate(b, confidence).value ?? 0);
  if (a.kind === "nps" && b.kind === "nps") {
    const options = { method: NPS_METHOD, confidence } as const;
    return { delta, pValue: npsDifferenceTest(npsCounts(a.counts), npsCounts(b.counts), options).pValue };
  }
  if (a.kind === "proportion" && b.kind === "proportion") {
    return { delta, pValue: twoProportionTest(a.x, a.n, b.x, b.n, { continuity: false, confidence }).pValue };
  }
  if (a.kind === "mean" && b.kind === "mean") {
    if (a.n < 2 || b.n < 2) return null;
    return { delta, pValue: welchTest(a, b, confidence).pValue };
  }
  return null;
}

/**
 * The sample against a fixed target on the metric's scale. NPS: z from the adjusted-Wald centre and se
 * (the interval shown); proportions: the one-sample score test, se from the target rate, as R's
 * prop.test(correct = FALSE); means: the one-sample t-test with n − 1 degrees of freedom.
 */
export function compareToTarget(sample: Sample, target: number, confidence: number): Comparison | null {
  const value = estimate(sample, confidence).value;
  if (value === null || sample.kind === "count") return null;
  const delta = value - target;
  switch (sample.kind) {
    case "nps": {
      const interval = npsInterval(npsCounts(sample.counts), { method: NPS_METHOD, confidence });
      const gap = (interval.low + interval.high) / 2 - target / 100;
      return { delta, pValue: interval.se > 0 ? twoSided(gap / interval.se) : gap === 0 ? 1 : 0 };
    }
    case "proportion": {
      const p0 = target / 100;
      if (p0 <= 0 || p0 >= 1) return null;
      return { delta, pValue: twoSided((sample.x / sample.n - p0) / Math.sqrt((p0 * (1 - p0)) / sample.n)) };
    }
    case "mean": {
      if (sample.n < 2) return null;
      const { se } = meanStatistics(sample);
      if (se === 0) return { delta, pValue: delta === 0 ? 1 : 0 };
      const t = delta / se;
      return { delta, pValue: Math.min(1, 2 * studentTCdf(-Math.abs(t), sample.n - 1)) };
    }
  }
}
