// Which months a rollup read takes whole and which days it takes at the ends of its range.
import { describe, expect, it } from "vitest";
import { coverRange } from "./rollup-range.ts";

describe("coverRange", () => {
  it("takes the whole months inside a range and the days at both ends", () => {
    expect(coverRange({ from: "2025-01-15", to: "2025-04-10" })).toEqual({
      months: { from: "2025-02-01", below: "2025-04-01" },
      days: [
        { from: "2025-01-15", to: "2025-01-31" },
        { from: "2025-04-01", to: "2025-04-10" },
      ],
    });
  });

  it("needs no days when the range starts on a first and ends on a last day (leap February included)", () => {
    expect(coverRange({ from: "2024-02-01", to: "2024-02-29" })).toEqual({
      months: { from: "2024-02-01", below: "2024-03-01" },
      days: [],
    });
    expect(coverRange({ from: "2024-12-01", to: "2025-01-31" })).toEqual({
      months: { from: "2024-12-01", below: "2025-02-01" },
      days: [],
    });
  });

  it("reads a range without a whole month from the days alone", () => {
    expect(coverRange({ from: "2025-02-10", to: "2025-02-20" })).toBeNull();
    expect(coverRange({ from: "2025-01-31", to: "2025-02-27" })).toBeNull();
    expect(coverRange({ from: "2024-02-02", to: "2024-02-29" })).toBeNull();
  });

  it("keeps open ends open", () => {
    expect(coverRange({})).toEqual({ months: { from: undefined, below: undefined }, days: [] });
    expect(coverRange({ from: "2025-03-09" })).toEqual({
      months: { from: "2025-04-01", below: undefined },
      days: [{ from: "2025-03-09", to: "2025-03-31" }],
    });
    expect(coverRange({ to: "2025-11-02" })).toEqual({
      months: { from: undefined, below: "2025-11-01" },
      days: [{ from: "2025-11-01", to: "2025-11-02" }],
    });
  });

  it("crosses a year end", () => {
    expect(coverRange({ from: "2024-12-31", to: "2025-01-31" })).toEqual({
      months: { from: "2025-01-01", below: "2025-02-01" },
      days: [{ from: "2024-12-31", to: "2024-12-31" }],
    });
  });
});
