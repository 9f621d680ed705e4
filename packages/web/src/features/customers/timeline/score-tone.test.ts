import { describe, expect, it } from "vitest";
import { scoreToneOf } from "./score-tone.ts";

describe("scoreToneOf", () => {
  it.each([
    ["nps", 0, "bad"],
    ["nps", 6, "bad"],
    ["nps", 7, "neutral"],
    ["nps", 8, "neutral"],
    ["nps", 9, "good"],
    ["csat", 2, "bad"],
    ["csat", 3, "neutral"],
    ["csat", 4.5, "good"],
    ["ces", 3, "bad"],
    ["ces", 4, "neutral"],
    ["ces", 7, "good"],
  ] as const)("reads %s %d as %s", (metric, value, tone) => {
    expect(scoreToneOf(metric, value)).toBe(tone);
  });
});
