import { describe, expect, it } from "vitest";
import { choicesOf, npsGroupOf, rangeOf, rangeValue } from "./answer-filter.ts";

describe("answer filter values", () => {
  it("reads ranges open at either end, single numbers and NPS groups", () => {
    expect(rangeOf("0..6")).toEqual({ min: 0, max: 6 });
    expect(rangeOf("..6")).toEqual({ min: null, max: 6 });
    expect(rangeOf("-1.5..")).toEqual({ min: -1.5, max: null });
    expect(rangeOf("7")).toEqual({ min: 7, max: 7 });
    expect(rangeOf("promoter")).toEqual({ min: 9, max: 10 });
    expect(rangeOf("branch,app")).toEqual({ min: null, max: null });
  });

  it("writes a range with its open ends left empty", () => {
    expect(rangeValue({ min: 0, max: 6 })).toBe("0..6");
    expect(rangeValue({ min: null, max: 6 })).toBe("..6");
    expect(rangeValue({ min: 9, max: null })).toBe("9..");
    expect(rangeValue({ min: null, max: null })).toBe("");
  });

  it("names the NPS group of Reichheld's bounds, whether written as a group or a range", () => {
    expect(npsGroupOf("detractor")).toBe("detractor");
    expect(npsGroupOf("0..6")).toBe("detractor");
    expect(npsGroupOf("7..8")).toBe("passive");
    expect(npsGroupOf("9..10")).toBe("promoter");
    expect(npsGroupOf("0..5")).toBeNull();
  });

  it("lists the chosen ids", () => {
    expect(choicesOf("branch,app")).toEqual(["branch", "app"]);
    expect(choicesOf("")).toEqual([]);
  });
});
