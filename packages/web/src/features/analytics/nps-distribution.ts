// The NPS question's answers 0–10 as bars, each with its group (detractor 0–6, passive 7–8, promoter 9–10;
// Reichheld 2003) and its share of the answers.

export type NpsGroup = "detractor" | "passive" | "promoter";

export interface NpsBar {
  score: number;
  count: number;
  /** Of all answers, 0..1. */
  share: number;
  group: NpsGroup;
}

export function npsGroupOf(score: number): NpsGroup {
  if (score >= 9) return "promoter";
  return score >= 7 ? "passive" : "detractor";
}

/** Every score 0–10 appears, with 0 where the summary has none. */
export function npsBars(distribution: Readonly<Record<string, number>>): NpsBar[] {
  const counts = Array.from({ length: 11 }, (_, score) => distribution[String(score)] ?? 0);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count, score) => ({
    score,
    count,
    share: total > 0 ? count / total : 0,
    group: npsGroupOf(score),
  }));
}

/** Answers per group, for the legend: detractors, passives and promoters with their shares. */
export function npsGroupTotals(bars: readonly NpsBar[]): Record<NpsGroup, { count: number; share: number }> {
  const totals = {
    detractor: { count: 0, share: 0 },
    passive: { count: 0, share: 0 },
    promoter: { count: 0, share: 0 },
  };
  for (const bar of bars) {
    totals[bar.group].count += bar.count;
    totals[bar.group].share += bar.share;
  }
  return totals;
}
