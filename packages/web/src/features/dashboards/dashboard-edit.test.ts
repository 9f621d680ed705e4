import type { DashboardWidget } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import {
  appendWidget,
  freshWidgetId,
  moveWidget,
  removeWidget,
  resizeWidget,
  settle,
  widgetIdOfPath,
} from "./dashboard-edit.ts";

const widget = (id: string, x: number, y: number, w: number, h: number): DashboardWidget => ({
  kind: "distribution",
  id,
  title: { en: id },
  layout: { x, y, w, h },
  surveyId: "0195d1f0-0000-7000-8000-000000000001",
  questionId: "nps",
});
const cells = (widgets: DashboardWidget[]) =>
  Object.fromEntries(widgets.map((w) => [w.id, [w.layout.x, w.layout.y, w.layout.w, w.layout.h]]));

// Two KPIs side by side over a full-width trend.
const board = [widget("a", 0, 0, 6, 2), widget("b", 6, 0, 6, 2), widget("c", 0, 2, 12, 4)];

describe("settle", () => {
  it("pushes an overlapping widget below and closes empty rows", () => {
    expect(cells(settle([widget("a", 0, 3, 6, 2), widget("b", 2, 4, 6, 2)]))).toEqual({
      a: [0, 0, 6, 2],
      b: [2, 2, 6, 2],
    });
  });
});

describe("moveWidget", () => {
  it("moves up by swapping places with the widget before it in reading order", () => {
    expect(cells(moveWidget(board, "c", "up"))).toEqual({
      a: [0, 4, 6, 2],
      b: [0, 6, 6, 2],
      c: [0, 0, 12, 4],
    });
  });

  it("moves down by swapping with the next widget, and the first cannot move up", () => {
    expect(cells(moveWidget(board, "a", "down"))).toEqual({
      a: [6, 0, 6, 2],
      b: [0, 0, 6, 2],
      c: [0, 2, 12, 4],
    });
    expect(cells(moveWidget(board, "a", "up"))).toEqual(cells(board));
  });

  it("shifts left and right within the 12 columns, pushing what it now covers down", () => {
    expect(cells(moveWidget(board, "b", "right"))).toEqual(cells(board));
    expect(cells(moveWidget(board, "b", "left"))).toEqual({
      a: [0, 2, 6, 2],
      b: [5, 0, 6, 2],
      c: [0, 4, 12, 4],
    });
  });
});

describe("resizeWidget", () => {
  it("keeps the width inside the grid and the height at least one row", () => {
    expect(cells(resizeWidget(board, "b", { w: 2 })).b).toEqual([6, 0, 6, 2]);
    expect(cells(resizeWidget(board, "a", { h: -5 })).a).toEqual([0, 0, 6, 1]);
  });

  it("pushes the widgets below a taller one down", () => {
    expect(cells(resizeWidget(board, "a", { h: 1 })).c).toEqual([0, 3, 12, 4]);
  });
});

describe("removeWidget and appendWidget", () => {
  it("closes the gap a removed widget leaves", () => {
    expect(cells(removeWidget([widget("a", 0, 0, 12, 2), widget("c", 0, 2, 12, 4)], "a"))).toEqual({
      c: [0, 0, 12, 4],
    });
  });

  it("appends under every widget at the left edge", () => {
    expect(cells(appendWidget(board, widget("d", 5, 0, 4, 3))).d).toEqual([0, 6, 4, 3]);
  });
});

describe("ids and paths", () => {
  it("finds a free id for a kind", () => {
    expect(freshWidgetId([widget("distribution_1", 0, 0, 1, 1)], "distribution")).toBe("distribution_2");
  });

  it("names the widget a 422 field path points at", () => {
    expect(widgetIdOfPath(board, "widgets.1.query.metric")).toBe("b");
    expect(widgetIdOfPath(board, "widgets.9.layout.w")).toBeNull();
    expect(widgetIdOfPath(board, "name")).toBeNull();
  });
});
