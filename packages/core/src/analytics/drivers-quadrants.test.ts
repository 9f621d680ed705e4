import { describe, expect, it } from "vitest";
import { driverQuadrants } from "./drivers-quadrants.ts";

describe("driverQuadrants", () => {
  const drivers = [
    { importance: 0.3, performance: 3.1 },
    { importance: 0.25, performance: 4.5 },
    { importance: 0.05, performance: 4.6 },
    { importance: 0.1, performance: 3.0 },
  ];

  it("cuts at the means by default: important and weak is the priority", () => {
    // Means: importance 0.175, performance 3.8.
    expect(driverQuadrants(drivers)).toEqual(["priority", "strength", "maintain", "secondary"]);
  });

  it("takes fixed cuts, counting a value on the cut as high", () => {
    expect(driverQuadrants(drivers, { importanceCut: 0.1, performanceCut: 4.5 })).toEqual([
      "priority",
      "strength",
      "maintain",
      "priority",
    ]);
  });

  it("answers nothing for no drivers and refuses non-finite input", () => {
    expect(driverQuadrants([])).toEqual([]);
    expect(() => driverQuadrants([{ importance: Number.NaN, performance: 1 }])).toThrow(RangeError);
  });
});
