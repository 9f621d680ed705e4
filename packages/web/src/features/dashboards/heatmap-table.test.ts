import type { AnalyticsRow } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { heatColour, heatmapTable } from "./heatmap-table.ts";

const cell = (group: string, value: number | null, suppressed = false): AnalyticsRow => ({
  group,
  value,
  n: value === null ? null : 40,
  ci_low: null,
  ci_high: null,
  suppressed,
});

describe("heatmapTable", () => {
  it("aligns every row on the union of the periods, in date order", () => {
    const table = heatmapTable([[cell("2026-11-09", 20), cell("2026-11-02", 10)], [cell("2026-11-16", -5)]]);
    expect(table.columns).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
    expect(table.cells.map((row) => row.map((c) => c?.value ?? "·"))).toEqual([
      [10, 20, "·"],
      ["·", "·", -5],
    ]);
    expect(table.span).toEqual({ low: -5, high: 20 });
  });

  it("leaves suppressed cells out of the colour span", () => {
    const table = heatmapTable([[cell("2026-11-02", null, true), cell("2026-11-09", 30)]]);
    expect(table.cells[0]?.[0]?.suppressed).toBe(true);
    expect(table.span).toEqual({ low: 30, high: 30 });
  });

  it("has no span without a figure", () => {
    expect(heatmapTable([[]]).span).toBeNull();
  });
});

describe("heatColour", () => {
  it("runs from red at the lowest to green at the highest figure", () => {
    const span = { low: -20, high: 60 };
    expect(heatColour(-20, span)).toBe("hsl(0 65% 82%)");
    expect(heatColour(20, span)).toBe("hsl(65 65% 82%)");
    expect(heatColour(60, span)).toBe("hsl(130 65% 82%)");
    expect(heatColour(5, { low: 5, high: 5 })).toBe("hsl(65 65% 82%)");
  });
});
