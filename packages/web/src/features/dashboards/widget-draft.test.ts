import type { Survey } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { buildWidget, HEATMAP_CHANNELS, metricsFor, questionsFor, type WidgetDraft } from "./widget-draft.ts";

const survey = {
  id: "0195d1f0-0000-7000-8000-000000000001",
  definition: {
    pages: [
      {
        id: "p1",
        questions: [
          { id: "nps", type: "nps", title: { vi: "Giới thiệu?" } },
          { id: "speed", type: "rating", title: { vi: "Nhanh?" }, scale: 5 },
          { id: "why", type: "text", title: { vi: "Vì sao?" } },
        ],
      },
    ],
  },
} as unknown as Survey;

const draft = (change: Partial<WidgetDraft>): WidgetDraft => ({
  kind: "kpi",
  title: { vi: "NPS" },
  survey,
  questionId: "nps",
  metric: "nps",
  timeGroup: "week",
  group: "channel",
  sentiment: null,
  channelTitle: (channel) => ({ vi: channel, en: channel }),
  ...change,
});

describe("metricsFor and questionsFor", () => {
  it("offers the metrics the API accepts for a question type", () => {
    expect(metricsFor({ id: "nps", type: "nps" } as never)).toEqual(["nps", "mean", "top_box"]);
    expect(metricsFor({ id: "why", type: "text" } as never)).toEqual([]);
  });

  it("lists only the questions a kind can show", () => {
    expect(questionsFor("kpi", survey).map((q) => q.id)).toEqual(["nps", "speed"]);
    expect(questionsFor("drivers", survey).map((q) => q.id)).toEqual(["nps", "speed"]);
    expect(questionsFor("comments", survey)).toEqual([]);
  });
});

describe("buildWidget", () => {
  it("makes a KPI compared with the previous period", () => {
    expect(buildWidget(draft({}), "kpi_1")).toMatchObject({
      kind: "kpi",
      id: "kpi_1",
      layout: { x: 0, y: 0, w: 4, h: 2 },
      query: { metric: "nps", compare: { kind: "previous_period" }, source: { questionId: "nps" } },
    });
  });

  it("makes a heatmap with one row per channel, grouped by the chosen time unit", () => {
    const widget = buildWidget(draft({ kind: "heatmap", timeGroup: "month" }), "heatmap_1");
    if (widget?.kind !== "heatmap") throw new Error("not a heatmap");
    expect(widget.rows.map((row) => row.query.filters?.channels)).toEqual(HEATMAP_CHANNELS.map((c) => [c]));
    expect(widget.rows[0]?.query.groupBy).toEqual({ kind: "month" });
  });

  it("explains the outcome with the survey's other numeric questions", () => {
    expect(buildWidget(draft({ kind: "drivers" }), "drivers_1")).toMatchObject({
      request: { outcome: "nps", predictors: ["speed"] },
    });
  });

  it("refuses a metric that does not fit, a missing title or question", () => {
    expect(buildWidget(draft({ metric: "csat" }), "x")).toBeNull();
    expect(buildWidget(draft({ title: { vi: " " } }), "x")).toBeNull();
    expect(buildWidget(draft({ kind: "trend", questionId: "why" }), "x")).toBeNull();
  });

  it("makes a comment stream of the survey without a question", () => {
    expect(
      buildWidget(draft({ kind: "comments", questionId: null, sentiment: "negative" }), "c"),
    ).toMatchObject({
      filters: { surveyId: survey.id, sentiment: "negative" },
      limit: 10,
    });
  });
});
