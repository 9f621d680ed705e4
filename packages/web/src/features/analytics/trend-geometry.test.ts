import type { AnalyticsRow } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { linearScale, niceDomain } from "./chart-scale.ts";
import { trendGeometry } from "./trend-geometry.ts";

const week = (group: string, value: number, low: number, high: number): AnalyticsRow => ({
  group,
  value,
  n: 40,
  ci_low: low,
  ci_high: high,
});
const hidden = (group: string): AnalyticsRow => ({
  group,
  value: null,
  n: null,
  ci_low: null,
  ci_high: null,
  suppressed: true,
});
const size = { width: 120, height: 100, left: 20, right: 0, top: 10, bottom: 0 };

describe("niceDomain", () => {
  it("widens to whole steps and stays inside NPS's −100..100", () => {
    expect(niceDomain(-13, 47, 20, -100, 100)).toEqual([-20, 60]);
    expect(niceDomain(-97, 99, 20, -100, 100)).toEqual([-100, 100]);
  });

  it("gives a flat series a step of height", () => {
    expect(niceDomain(40, 40, 20)).toEqual([40, 60]);
    expect(niceDomain(100, 100, 20, -100, 100)).toEqual([80, 100]);
  });
});

describe("linearScale", () => {
  it("maps the domain onto the range, upside down for SVG's y", () => {
    const scale = linearScale([0, 100], [100, 0], 25);
    expect(scale.at(0)).toBe(100);
    expect(scale.at(75)).toBe(25);
    expect(scale.ticks).toEqual([0, 25, 50, 75, 100]);
  });
});

describe("trendGeometry", () => {
  it("draws the line through the weeks and the band from upper to lower bounds", () => {
    const geometry = trendGeometry([week("w1", 20, 0, 40), week("w2", 40, 20, 60)], size);
    // Domain 0..60 (whole steps of 20) over y 100..10: 1.5 px per point, so 20 sits at 70.
    expect(geometry.y.domain).toEqual([0, 60]);
    expect(geometry.runs).toEqual([{ line: "M20,70 L120,40", band: "M20,40 L120,10 L120,70 L20,100 Z" }]);
  });

  it("breaks the line at a suppressed week and keeps its place on the x axis", () => {
    const geometry = trendGeometry(
      [week("w1", 20, 0, 40), hidden("w2"), week("w3", 40, 20, 60), week("w4", 30, 10, 50)],
      size,
    );
    expect(geometry.xs).toHaveLength(4);
    expect(geometry.runs).toHaveLength(2);
    expect(geometry.runs[0]?.line).toBe("M20,70");
    expect(geometry.points.map((point) => point.row.group)).toEqual(["w1", "w3", "w4"]);
  });

  it("draws no run when every week is suppressed", () => {
    const geometry = trendGeometry([hidden("w1"), hidden("w2")], size);
    expect(geometry.runs).toEqual([]);
    expect(geometry.y.domain).toEqual([-100, 100]);
  });
});
