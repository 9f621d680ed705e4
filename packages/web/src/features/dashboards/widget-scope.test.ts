import { describe, expect, it } from "vitest";
import { single, widgetScope } from "./widget-scope.ts";

describe("widgetScope", () => {
  it("resolves the preset against the workspace's date and counts its days", () => {
    const scope = widgetScope({ date: { preset: "last_30_days" } }, "2026-11-25");
    expect(scope.today).toBe("2026-11-25");
    expect(scope.range).toEqual({ from: "2026-10-27", to: "2026-11-25" });
    expect(scope.days).toBe(30);
  });

  it("keeps fixed dates and counts both ends", () => {
    const scope = widgetScope({ date: { from: "2026-02-01", to: "2026-03-01" } }, "2026-06-01");
    expect(scope.days).toBe(29);
  });
});

describe("single", () => {
  it("gives the value of a one-item list only", () => {
    expect(single(["app"])).toBe("app");
    expect(single(["app", "web"])).toBeUndefined();
    expect(single(undefined)).toBeUndefined();
  });
});
