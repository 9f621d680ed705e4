// Shapes of saved dashboards: widgets on a 12-column grid, each holding the analytics request it shows
// (query, drivers, a question's distribution or a comment stream), and the global filters every widget's
// request is read under. Shared by the server, which stores and validates them, and the dashboard page.
import { z } from "zod";
import { keySchema } from "../surveys/conditions.ts";
import { commentFiltersSchema } from "../text/explorer.ts";
import {
  type AnalyticsQueryInput,
  analyticsDriversInputSchema,
  analyticsFiltersSchema,
  analyticsQueryInputSchema,
} from "./query.ts";

export const DASHBOARD_COLUMNS = 12;
export const MAX_DASHBOARD_WIDGETS = 40;

const isoDate = z.iso.date();
const label = z.string().trim().min(1).max(200);

/** A widget's title in Vietnamese and English; one of them at least. */
export const widgetTitleSchema = z
  .strictObject({ vi: label.optional(), en: label.optional() })
  .refine((title) => title.vi !== undefined || title.en !== undefined, "needs a title in vi or en");

/** Cells of a 12-column grid; rows grow downwards without limit but a widget stays within the columns. */
export const widgetLayoutSchema = z
  .strictObject({
    x: z
      .number()
      .int()
      .min(0)
      .max(DASHBOARD_COLUMNS - 1),
    y: z.number().int().min(0).max(10_000),
    w: z.number().int().min(1).max(DASHBOARD_COLUMNS),
    h: z.number().int().min(1).max(50),
  })
  .refine((layout) => layout.x + layout.w <= DASHBOARD_COLUMNS, {
    message: `x + w must not pass column ${DASHBOARD_COLUMNS}`,
    path: ["w"],
  });

const base = { id: keySchema, title: widgetTitleSchema, layout: widgetLayoutSchema };

/** A heatmap row: one query grouped by the column dimension (a week), e.g. one row per touchpoint. */
const heatmapRowSchema = z.strictObject({ label: widgetTitleSchema, query: analyticsQueryInputSchema });

export const WIDGET_KINDS = [
  "kpi",
  "trend",
  "breakdown",
  "heatmap",
  "drivers",
  "distribution",
  "comments",
] as const;

export const dashboardWidgetSchema = z.discriminatedUnion("kind", [
  /** One figure, usually against the previous period (compare). */
  z.strictObject({ kind: z.literal("kpi"), ...base, query: analyticsQueryInputSchema }),
  /** Grouped by day, week, month or quarter; the rows' intervals draw the band. */
  z.strictObject({ kind: z.literal("trend"), ...base, query: analyticsQueryInputSchema }),
  /** Bars per channel, language, segment, attribute or hidden field. */
  z.strictObject({ kind: z.literal("breakdown"), ...base, query: analyticsQueryInputSchema }),
  z.strictObject({
    kind: z.literal("heatmap"),
    ...base,
    rows: z.array(heatmapRowSchema).min(1).max(20),
  }),
  /** The quadrant chart of POST /analytics/drivers. */
  z.strictObject({ kind: z.literal("drivers"), ...base, request: analyticsDriversInputSchema }),
  /** Answers per score or choice of one question, as the survey summary gives them. */
  z.strictObject({
    kind: z.literal("distribution"),
    ...base,
    surveyId: z.uuid(),
    questionId: keySchema,
  }),
  /** The newest open-text comments, as GET /text/comments lists them. */
  z.strictObject({
    kind: z.literal("comments"),
    ...base,
    filters: commentFiltersSchema.pick({
      sentiment: true,
      topic: true,
      language: true,
      surveyId: true,
      questionId: true,
    }),
    limit: z.number().int().min(1).max(50).default(10),
  }),
]);
export type DashboardWidgetInput = z.input<typeof dashboardWidgetSchema>;
export type DashboardWidget = z.output<typeof dashboardWidgetSchema>;

export const DATE_PRESETS = [
  "last_7_days",
  "last_30_days",
  "last_90_days",
  "last_12_months",
  "this_month",
  "this_quarter",
  "this_year",
] as const;

export const dashboardDateSchema = z.union([
  z.strictObject({ preset: z.enum(DATE_PRESETS) }),
  z.strictObject({ from: isoDate, to: isoDate }),
]);
export type DashboardDate = z.infer<typeof dashboardDateSchema>;

/** Applied to every widget's request on top of its own filters. */
export const dashboardFiltersSchema = z.strictObject({
  date: dashboardDateSchema.default({ preset: "last_30_days" }),
  ...analyticsFiltersSchema.pick({ channels: true, languages: true, segmentId: true }).shape,
});
export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;

export const dashboardInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The department or team the dashboard belongs to; null for the whole workspace. */
  team: z.string().trim().min(1).max(200).nullable().default(null),
  globalFilters: dashboardFiltersSchema.default({ date: { preset: "last_30_days" } }),
  widgets: z
    .array(dashboardWidgetSchema)
    .max(MAX_DASHBOARD_WIDGETS)
    .default([])
    .refine((widgets) => new Set(widgets.map((w) => w.id)).size === widgets.length, "widget ids must differ"),
});
export type DashboardInput = z.input<typeof dashboardInputSchema>;

/** A replacement of the dashboard, made against the version the editor read (409 when it has moved on). */
export const dashboardUpdateSchema = dashboardInputSchema.extend({ version: z.number().int().min(1) });
export type DashboardUpdate = z.input<typeof dashboardUpdateSchema>;

export const dashboardDuplicateSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  team: z.string().trim().min(1).max(200).nullable().optional(),
});

export const dashboardSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  team: z.string().nullable(),
  /** The workspace's CX dashboard: created with it, never deleted. */
  isDefault: z.boolean(),
  /** Why a default dashboard is empty (no live survey with an NPS question yet). */
  note: z.string().nullable(),
  globalFilters: dashboardFiltersSchema,
  widgets: z.array(dashboardWidgetSchema),
  /** Email of the user or name of the API key that created it; "system" for the default. */
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const dashboardSummarySchema = dashboardSchema.pick({
  id: true,
  name: true,
  team: true,
  isDefault: true,
  createdBy: true,
  updatedAt: true,
  version: true,
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The inclusive local dates a dashboard date stands for, `today` being the workspace's local date. */
export function resolveDashboardDates(date: DashboardDate, today: string): { from: string; to: string } {
  if ("from" in date) return date;
  const [year, month] = today.split("-") as [string, string];
  switch (date.preset) {
    case "last_7_days":
      return { from: shift(today, -6), to: today };
    case "last_30_days":
      return { from: shift(today, -29), to: today };
    case "last_90_days":
      return { from: shift(today, -89), to: today };
    case "last_12_months": {
      // The day after the same date a year ago; 29 February a year ago is 28 February.
      const lastDay = new Date(Date.UTC(Number(year) - 1, Number(month), 0)).getUTCDate();
      const yearAgo = `${Number(year) - 1}-${month}-${String(Math.min(Number(today.slice(8)), lastDay)).padStart(2, "0")}`;
      return { from: shift(yearAgo, 1), to: today };
    }
    case "this_month":
      return { from: `${year}-${month}-01`, to: today };
    case "this_quarter": {
      const first = String(Math.floor((Number(month) - 1) / 3) * 3 + 1).padStart(2, "0");
      return { from: `${year}-${first}-01`, to: today };
    }
    case "this_year":
      return { from: `${year}-01-01`, to: today };
  }
}

/**
 * A widget's query as it runs on the dashboard: the global dates replace the widget's, and global channels,
 * languages and segment apply where the widget sets none of its own (a widget that pins a channel keeps it).
 */
export function withGlobalFilters(
  query: AnalyticsQueryInput,
  filters: DashboardFilters,
  today: string,
): AnalyticsQueryInput {
  const own = query.filters ?? {};
  return {
    ...query,
    filters: {
      ...own,
      ...resolveDashboardDates(filters.date, today),
      ...(own.channels === undefined && filters.channels ? { channels: filters.channels } : {}),
      ...(own.languages === undefined && filters.languages ? { languages: filters.languages } : {}),
      ...(own.segmentId === undefined && filters.segmentId ? { segmentId: filters.segmentId } : {}),
    },
  };
}
