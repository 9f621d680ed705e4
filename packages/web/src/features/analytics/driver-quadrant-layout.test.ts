import type { AnalyticsDriver } from "@touchpoint/core";
import { driverQuadrants } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { quadrantLayout, rankDrivers } from "./driver-quadrant-layout.ts";

const driver = (questionId: string, share: number, mean: number, topBox: number | null): AnalyticsDriver => ({
  questionId,
  title: questionId,
  relativeWeight: share / 100,
  shapley: share / 100,
  share,
  performance: { mean, topBox },
  quadrant: "secondary",
});
const size = { width: 220, height: 120, left: 20, right: 0, top: 20, bottom: 0 };

describe("quadrantLayout", () => {
  const drivers = [
    driver("wait_time", 10, 3.9, 70),
    driver("mobile_app", 50, 2.8, 30),
    driver("staff", 25, 4.4, 85),
    driver("fees", 15, 3.2, 45),
  ];

  it("numbers drivers by importance and plots % top-box when every driver has one", () => {
    const layout = quadrantLayout(drivers, size);
    expect(layout.footing).toBe("topBox");
    expect(layout.points.map((point) => [point.rank, point.driver.questionId])).toEqual([
      [1, "mobile_app"],
      [2, "staff"],
      [3, "fees"],
      [4, "wait_time"],
    ]);
    // Half a step of room each side: x 0..60 % over 20..220 (10/3 px a point); y 20..90 % over 120..20.
    expect(layout.x.domain).toEqual([0, 60]);
    expect(layout.y.domain).toEqual([20, 90]);
    expect(layout.points[0]?.x).toBeCloseTo(20 + (50 / 60) * 200);
    expect(layout.points[0]?.y).toBeCloseTo(120 - (10 / 70) * 100);
    // Cuts at the means: 25 % share, 57.5 % top-box.
    expect(layout.cut.x).toBeCloseTo(20 + (25 / 60) * 200);
    expect(layout.cut.y).toBeCloseTo(120 - (37.5 / 70) * 100);
  });

  it("puts each point in the quadrant core's driverQuadrants gives it", () => {
    const layout = quadrantLayout(drivers, size);
    const expected = driverQuadrants(
      layout.points.map((point) => ({ importance: point.driver.share, performance: point.performance })),
    );
    const drawn = layout.points.map((point) => {
      const important = point.x >= layout.cut.x;
      const performing = point.y <= layout.cut.y;
      if (important) return performing ? "strength" : "priority";
      return performing ? "maintain" : "secondary";
    });
    expect(drawn).toEqual(expected);
    expect(drawn[0]).toBe("priority");
  });

  it("falls back to means when a predictor has no box scale (a number question)", () => {
    const layout = quadrantLayout([driver("a", 60, 3, 40), driver("b", 40, 6.2, null)], size);
    expect(layout.footing).toBe("mean");
    // Means 3 and 6.2, a quarter point of room each side: 2.5..6.5.
    expect(layout.y.domain).toEqual([2.5, 6.5]);
    expect(layout.points.map((point) => point.performance)).toEqual([3, 6.2]);
  });
});

describe("rankDrivers", () => {
  it("orders by share, ties by question id", () => {
    const ranked = rankDrivers([driver("b", 20, 1, 1), driver("a", 20, 1, 1), driver("c", 60, 1, 1)]);
    expect(ranked.map((item) => item.questionId)).toEqual(["c", "a", "b"]);
  });
});
