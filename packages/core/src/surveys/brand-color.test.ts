import { describe, expect, it } from "vitest";
import { relativeLuminance, textColorOn } from "./brand-color.ts";

describe("text on the brand colour", () => {
  it("computes WCAG relative luminance", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 5);
    expect(relativeLuminance("#000000")).toBe(0);
    // WCAG reference: #767676 is the lightest grey with 4.5:1 on white (luminance ≈ 0.181).
    expect(relativeLuminance("#767676")).toBeCloseTo(0.181, 3);
  });

  it("writes white on dark brands and dark text on light ones", () => {
    expect(textColorOn("#1c7ed6")).toBe("#ffffff");
    expect(textColorOn("#0b3d2e")).toBe("#ffffff");
    expect(textColorOn("#ffd43b")).toBe("#1f2328");
    expect(textColorOn("#f8f9fa")).toBe("#1f2328");
  });
});
