// The key-driver map's layout: importance (share of R²) across, performance up, cut at the drivers' means
// into the four quadrants the API names. Performance is on the API's own footing — % top-2-box when every
// driver has a box scale, else the mean — so a point always sits in the quadrant its label says, even when
// predictors mix 1–5 and 1–7 scales.
import type { AnalyticsDriver } from "@touchpoint/core";
import { type LinearScale, linearScale, niceDomain } from "./chart-scale.ts";
import type { ChartSize } from "./trend-geometry.ts";

export type PerformanceFooting = "topBox" | "mean";

export interface QuadrantPoint {
  driver: AnalyticsDriver;
  /** 1 for the most important driver; the map numbers its points and the table its rows the same way. */
  rank: number;
  performance: number;
  x: number;
  y: number;
}

export interface QuadrantLayout {
  footing: PerformanceFooting;
  x: LinearScale;
  y: LinearScale;
  /** The cut lines in drawing coordinates. */
  cut: { x: number; y: number };
  /** Most important first. */
  points: QuadrantPoint[];
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Drivers by importance, most important first (the table's and the map's order). */
export function rankDrivers(drivers: readonly AnalyticsDriver[]): AnalyticsDriver[] {
  return [...drivers].sort((a, b) => b.share - a.share || a.questionId.localeCompare(b.questionId));
}

export function performanceFooting(drivers: readonly AnalyticsDriver[]): PerformanceFooting {
  return drivers.every((driver) => driver.performance.topBox !== null) ? "topBox" : "mean";
}

export function quadrantLayout(drivers: readonly AnalyticsDriver[], size: ChartSize): QuadrantLayout {
  const footing = performanceFooting(drivers);
  const ranked = rankDrivers(drivers);
  const performances = ranked.map((driver) =>
    footing === "topBox" ? (driver.performance.topBox ?? 0) : driver.performance.mean,
  );
  const shares = ranked.map((driver) => driver.share);
  // Half a step of room beyond the extreme drivers, so no point sits on the map's frame.
  const xStep = 10;
  const yStep = footing === "topBox" ? 10 : 0.5;
  const x = linearScale(
    niceDomain(0, Math.max(0, ...shares) + xStep / 2, xStep, 0, 100),
    [size.left, size.width - size.right],
    xStep,
  );
  const y = linearScale(
    niceDomain(
      Math.min(...performances) - yStep / 2,
      Math.max(...performances) + yStep / 2,
      yStep,
      footing === "topBox" ? 0 : Number.NEGATIVE_INFINITY,
      footing === "topBox" ? 100 : Number.POSITIVE_INFINITY,
    ),
    [size.height - size.bottom, size.top],
    yStep,
  );
  return {
    footing,
    x,
    y,
    cut: { x: x.at(mean(shares)), y: y.at(mean(performances)) },
    points: ranked.map((driver, i) => ({
      driver,
      rank: i + 1,
      performance: performances[i] ?? 0,
      x: x.at(driver.share),
      y: y.at(performances[i] ?? 0),
    })),
  };
}
