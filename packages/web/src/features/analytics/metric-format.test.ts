import { describe, expect, it } from "vitest";
import { deltaDirection, metricFormat } from "./metric-format.ts";

describe("metricFormat", () => {
  it("writes NPS with one decimal, a comma in Vietnamese and a point in English", () => {
    expect(metricFormat("nps", "vi").value(32.456)).toBe("32,5");
    expect(metricFormat("nps", "en").value(32.456)).toBe("32.5");
    expect(metricFormat("nps", "vi").value(-12)).toBe("−12");
  });

  it("writes proportions as percentages and their interval in the same units", () => {
    const vi = metricFormat("percent", "vi");
    expect(vi.value(85.25)).toBe("85,3%");
    expect(vi.interval(80, 90.04)).toBe("80% – 90%");
    expect(metricFormat("percent", "en").interval(80, 90.04)).toBe("80% – 90%");
    expect(metricFormat("nps", "vi").interval(-6, 4.46)).toBe("−6 – 4,5");
  });

  it("signs a change with a plus or a true minus, and none for zero", () => {
    const en = metricFormat("nps", "en");
    expect(en.delta(3.24)).toBe("+3.2");
    expect(en.delta(-4)).toBe("−4");
    expect(en.delta(0)).toBe("0");
    expect(metricFormat("units", "vi").delta(-0.125)).toBe("−0,13");
  });

  it("groups thousands of counts in the locale's way", () => {
    expect(metricFormat("count", "vi").value(12345)).toBe("12.345");
    expect(metricFormat("count", "en").value(12345)).toBe("12,345");
  });
});

describe("deltaDirection", () => {
  it("reads a change by its shown digits", () => {
    expect(deltaDirection(0.04, "nps")).toBe("flat");
    expect(deltaDirection(0.06, "nps")).toBe("up");
    expect(deltaDirection(-0.006, "units")).toBe("down");
    expect(deltaDirection(-0.004, "units")).toBe("flat");
  });
});
