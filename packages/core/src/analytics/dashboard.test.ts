import { describe, expect, it } from "vitest";
import {
  type DashboardWidgetInput,
  dashboardFiltersSchema,
  dashboardInputSchema,
  MAX_DASHBOARD_WIDGETS,
  resolveDashboardDates,
  withGlobalFilters,
} from "./dashboard.ts";

const surveyId = "0193a0d2-5b7c-7d3e-8f00-000000000001";
const kpi = (id: string, x = 0, w = 4): DashboardWidgetInput => ({
  kind: "kpi",
  id,
  title: { vi: "NPS" },
  layout: { x, y: 0, w, h: 2 },
  query: { metric: "nps", source: { kind: "survey_question", surveyId, questionId: "nps" } },
});

describe("dashboard dates", () => {
  it.each([
    ["last_7_days", "2026-11-25", "2026-11-19"],
    ["last_30_days", "2026-11-25", "2026-10-27"],
    ["last_90_days", "2026-03-01", "2025-12-02"],
    ["last_12_months", "2026-11-25", "2025-11-26"],
    ["last_12_months", "2028-02-29", "2027-03-01"],
    ["this_month", "2026-11-25", "2026-11-01"],
    ["this_quarter", "2026-11-25", "2026-10-01"],
    ["this_quarter", "2026-03-31", "2026-01-01"],
    ["this_year", "2026-11-25", "2026-01-01"],
  ] as const)("%s on %s starts on %s and ends that day", (preset, today, from) => {
    expect(resolveDashboardDates({ preset }, today)).toEqual({ from, to: today });
  });

  it("keeps a fixed range as it is", () => {
    expect(resolveDashboardDates({ from: "2026-01-01", to: "2026-01-31" }, "2026-11-25")).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
    });
  });
});

describe("global filters", () => {
  it("replace the widget's dates and fill channels, languages and segment the widget leaves open", () => {
    const filters = dashboardFiltersSchema.parse({
      date: { preset: "this_month" },
      channels: ["web"],
      languages: ["vi"],
    });
    const query = {
      ...(kpi("a") as { query: object }).query,
      filters: { from: "2020-01-01", channels: ["app" as const] },
    };
    expect(withGlobalFilters(query as never, filters, "2026-11-25").filters).toEqual({
      from: "2026-11-01",
      to: "2026-11-25",
      channels: ["app"],
      languages: ["vi"],
    });
  });
});

describe("dashboard input", () => {
  it("fills team, filters and widgets with their defaults", () => {
    expect(dashboardInputSchema.parse({ name: "CX" })).toEqual({
      name: "CX",
      team: null,
      globalFilters: { date: { preset: "last_30_days" } },
      widgets: [],
    });
  });

  it("rejects a widget past column 12 at its width", () => {
    const parsed = dashboardInputSchema.safeParse({ name: "CX", widgets: [kpi("a", 10, 4)] });
    expect(parsed.error?.issues[0]?.path).toEqual(["widgets", 0, "layout", "w"]);
  });

  it(`rejects more than ${MAX_DASHBOARD_WIDGETS} widgets and widgets sharing an id`, () => {
    const many = Array.from({ length: MAX_DASHBOARD_WIDGETS + 1 }, (_, i) => kpi(`w${i}`));
    expect(dashboardInputSchema.safeParse({ name: "CX", widgets: many }).success).toBe(false);
    expect(dashboardInputSchema.safeParse({ name: "CX", widgets: [kpi("a"), kpi("a", 4)] }).success).toBe(
      false,
    );
  });

  it("rejects a title in neither Vietnamese nor English", () => {
    const parsed = dashboardInputSchema.safeParse({ name: "CX", widgets: [{ ...kpi("a"), title: {} }] });
    expect(parsed.error?.issues[0]?.path).toEqual(["widgets", 0, "title"]);
  });
});
