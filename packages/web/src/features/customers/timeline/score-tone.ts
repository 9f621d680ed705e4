// How good a score is, for its colour: NPS groups (Reichheld 2003: 0–6 detractor, 7–8 passive, 9–10
// promoter); CSAT 1–5 and CES 1–7 (7 = very easy) cut where the context's negative feedback does
// (CSAT ≤ 2, CES ≤ 3), with the middle of the scale neutral.
import type { ScoreMetric } from "@touchpoint/core";

export type ScoreTone = "good" | "neutral" | "bad";

const CUTS: Record<ScoreMetric, { bad: number; good: number }> = {
  nps: { bad: 6, good: 9 },
  csat: { bad: 2, good: 4 },
  ces: { bad: 3, good: 5 },
};

export function scoreToneOf(metric: ScoreMetric, value: number): ScoreTone {
  const cut = CUTS[metric];
  if (value <= cut.bad) return "bad";
  return value >= cut.good ? "good" : "neutral";
}

export const TONE_COLORS: Record<ScoreTone, string> = { good: "teal", neutral: "yellow", bad: "red" };
