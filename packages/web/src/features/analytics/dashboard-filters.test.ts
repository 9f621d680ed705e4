import { describe, expect, it } from "vitest";
import {
  lastDays,
  readDashboardFilters,
  toAnalyticsFilters,
  writeDashboardFilters,
} from "./dashboard-filters.ts";

describe("dashboard filters in the URL", () => {
  it("reads the survey, the range and the channel", () => {
    const filters = readDashboardFilters(new URLSearchParams("survey=abc&days=30&channel=app"));
    expect(filters).toEqual({ surveyId: "abc", days: 30, channel: "app" });
  });

  it("falls back to 90 days and every channel for unknown values", () => {
    const filters = readDashboardFilters(new URLSearchParams("days=7&channel=fax"));
    expect(filters).toEqual({ surveyId: null, days: 90, channel: null });
  });

  it("leaves the defaults out, so /dashboard is the default view", () => {
    expect(writeDashboardFilters({ surveyId: null, days: 90, channel: null }).toString()).toBe("");
    const written = writeDashboardFilters({ surveyId: "abc", days: 365, channel: "branch" });
    expect(readDashboardFilters(written)).toEqual({ surveyId: "abc", days: 365, channel: "branch" });
  });
});

describe("lastDays", () => {
  it("counts today as the last of the days", () => {
    expect(lastDays(30, new Date(2026, 2, 30, 23, 59))).toEqual({ from: "2026-03-01", to: "2026-03-30" });
  });

  it("crosses a leap day and a year", () => {
    expect(lastDays(90, new Date(2024, 2, 1))).toEqual({ from: "2023-12-03", to: "2024-03-01" });
    expect(lastDays(365, new Date(2026, 0, 1))).toEqual({ from: "2025-01-02", to: "2026-01-01" });
  });
});

describe("toAnalyticsFilters", () => {
  it("adds the channel only when one is chosen", () => {
    const range = { from: "2026-03-01", to: "2026-03-30" };
    expect(toAnalyticsFilters({ surveyId: "s", days: 30, channel: null }, range)).toEqual(range);
    expect(toAnalyticsFilters({ surveyId: "s", days: 30, channel: "app" }, range)).toEqual({
      ...range,
      channels: ["app"],
    });
  });
});
