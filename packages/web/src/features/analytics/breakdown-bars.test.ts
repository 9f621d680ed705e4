import type { AnalyticsRow } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { breakdownBars } from "./breakdown-bars.ts";

const row = (group: string, value: number, n = 50): AnalyticsRow => ({
  group,
  value,
  n,
  ci_low: value - 10,
  ci_high: value + 10,
});
const suppressed = (group: string): AnalyticsRow => ({
  group,
  value: null,
  n: null,
  ci_low: null,
  ci_high: null,
  suppressed: true,
});

describe("breakdownBars", () => {
  it("sorts groups by value, best first, and puts suppressed groups last without a bar", () => {
    const { bars } = breakdownBars(
      [row("web", 10), suppressed("sms"), row("app", -20), row("branch", 40)],
      "nps",
    );
    expect(bars.map((bar) => bar.row.group)).toEqual(["branch", "web", "app", "sms"]);
    expect(bars.at(-1)?.extent).toBeNull();
  });

  it("grows negative NPS to the left of zero on the span of the values", () => {
    // Domain −20..40: zero sits a third of the way along.
    const { zero, bars } = breakdownBars([row("app", -20), row("branch", 40)], "nps");
    expect(zero).toBeCloseTo(1 / 3);
    expect(bars[0]?.extent?.start).toBeCloseTo(1 / 3);
    expect(bars[0]?.extent?.width).toBeCloseTo(2 / 3);
    expect(bars[1]?.extent?.start).toBe(0);
    expect(bars[1]?.extent?.width).toBeCloseTo(1 / 3);
  });

  it("draws proportions on the whole 0–100 % and breaks ties by the larger group", () => {
    const { zero, bars } = breakdownBars([row("a", 80, 10), row("b", 80, 30)], "percent");
    expect(zero).toBe(0);
    expect(bars.map((bar) => [bar.row.group, bar.extent?.width])).toEqual([
      ["b", 0.8],
      ["a", 0.8],
    ]);
  });

  it("has no bars to draw when every group is suppressed", () => {
    const { bars } = breakdownBars([suppressed("b"), suppressed("a")], "nps");
    expect(bars.map((bar) => [bar.row.group, bar.extent])).toEqual([
      ["a", null],
      ["b", null],
    ]);
  });
});
