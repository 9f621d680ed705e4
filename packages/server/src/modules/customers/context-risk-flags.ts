// The rules that flag a customer who needs care now, from facts the context already gathered. Each rule is
// one line of docs/customers.md ("Risk flags"); a flag carries its evidence, never prose (the UI words it).
import type { Customer, LatestScore, RiskFlag, ScoreMetric } from "@touchpoint/core";
import { NEGATIVE_AT_MOST } from "./scores.ts";

/** Failed interactions within this many days that make a pattern rather than bad luck. */
export const FAILURE_WINDOW_DAYS = 30;
export const REPEATED_FAILURES_AT_LEAST = 3;
export const COMPLAINT_WINDOW_DAYS = 30;

export interface RiskFacts {
  latestScores: LatestScore[];
  /** Interactions with outcome failure in the last FAILURE_WINDOW_DAYS days. */
  failedInteractions: number;
  /** The latest interaction of type complaint in the last COMPLAINT_WINDOW_DAYS days. */
  latestComplaint: { id: string; occurredAt: string } | null;
  consent: Customer["consent"];
}

const SCORE_FLAGS: Record<ScoreMetric, "detractor" | "dissatisfied" | "high_effort"> = {
  nps: "detractor",
  csat: "dissatisfied",
  ces: "high_effort",
};

export function riskFlagsOf(facts: RiskFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  // detractor: last NPS ≤ 6; dissatisfied: last CSAT ≤ 2; high_effort: last CES ≤ 3.
  for (const metric of ["nps", "csat", "ces"] as const) {
    const latest = facts.latestScores.find((score) => score.metric === metric);
    if (latest && latest.value <= NEGATIVE_AT_MOST[metric]) {
      flags.push({ code: SCORE_FLAGS[metric], score: latest.value, at: latest.at });
    }
  }
  if (facts.failedInteractions >= REPEATED_FAILURES_AT_LEAST) {
    flags.push({
      code: "repeated_failures",
      count: facts.failedInteractions,
      withinDays: FAILURE_WINDOW_DAYS,
    });
  }
  if (facts.latestComplaint) {
    flags.push({
      code: "recent_complaint",
      interactionId: facts.latestComplaint.id,
      at: facts.latestComplaint.occurredAt,
    });
  }
  // Without consent to email, no one should follow up by email: never given, or withdrawn.
  const email = facts.consent.email;
  if (!email?.granted) flags.push({ code: "no_consent_email", consent: email ? "withdrawn" : "unknown" });
  return flags;
}
