// Confidence levels and the interval shape every estimator here returns.
import { normalQuantile } from "./normal-distribution.ts";

/** The confidence level of an interval, in (0, 1); 0.95 when left out. */
export interface ConfidenceOptions {
  confidence?: number;
}

/** A point estimate and a two-sided interval around it. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export const DEFAULT_CONFIDENCE = 0.95;

export function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be strictly between 0 and 1 (got ${confidence})`);
  }
}

/** The two-sided critical value z with P(|Z| ≤ z) = confidence: qnorm(0.975) = 1.959964 for 95 %, not 1.96. */
export function normalCritical(confidence: number): number {
  checkConfidence(confidence);
  return normalQuantile((1 + confidence) / 2);
}
