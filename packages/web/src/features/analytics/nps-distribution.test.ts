import { describe, expect, it } from "vitest";
import { npsBars, npsGroupOf, npsGroupTotals } from "./nps-distribution.ts";

describe("npsGroupOf", () => {
  it("cuts at 6/7 and 8/9", () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroupOf)).toEqual([
      "detractor",
      "detractor",
      "passive",
      "passive",
      "promoter",
      "promoter",
    ]);
  });
});

describe("npsBars", () => {
  // The summary example of docs/analytics.md: 30 answers, NPS (15 − 6) / 30 = 30.
  const distribution = { 0: 1, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 0, 7: 5, 8: 4, 9: 8, 10: 7 };

  it("gives every score 0–10 with its share of the answers", () => {
    const bars = npsBars(distribution);
    expect(bars).toHaveLength(11);
    expect(bars[9]).toEqual({ score: 9, count: 8, share: 8 / 30, group: "promoter" });
  });

  it("sums the groups to an NPS of 30", () => {
    const totals = npsGroupTotals(npsBars(distribution));
    expect([totals.detractor.count, totals.passive.count, totals.promoter.count]).toEqual([6, 9, 15]);
    expect(Math.round((totals.promoter.share - totals.detractor.share) * 100)).toBe(30);
  });

  it("fills missing scores with zeros and has no shares without answers", () => {
    const bars = npsBars({ 10: 2 });
    expect(bars.map((bar) => bar.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(npsBars({}).every((bar) => bar.share === 0)).toBe(true);
  });
});
