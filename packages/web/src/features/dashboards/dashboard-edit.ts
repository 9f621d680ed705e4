// The editor's changes to a dashboard's widgets, pure so they are tested alone: move (up and down swap
// places with the widget before or after in reading order; left and right shift by a column), resize,
// remove and append. Every change ends by settling the grid: overlaps are pushed down, then every widget
// rises as far as the free cells allow, so the saved layout never has two widgets on one cell.
import { DASHBOARD_COLUMNS, type DashboardWidget } from "@touchpoint/core";
import { inReadingOrder } from "./widget-grid.ts";

export type Direction = "up" | "down" | "left" | "right";
type Layout = DashboardWidget["layout"];

const MAX_HEIGHT = 50;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

const overlaps = (a: Layout, b: Layout) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Pushes overlapping widgets down in reading order, then lets each rise into free rows. The widget the
 * editor just changed (`keep`) is placed first, so it stays where it was put and the others make room.
 */
export function settle(widgets: readonly DashboardWidget[], keep?: string): DashboardWidget[] {
  const placed: DashboardWidget[] = [];
  const reading = inReadingOrder(widgets);
  const kept = reading.filter((widget) => widget.id === keep);
  for (const widget of [...kept, ...reading.filter((widget) => widget.id !== keep)]) {
    const layout = { ...widget.layout };
    while (placed.some((other) => overlaps(layout, other.layout))) layout.y += 1;
    placed.push({ ...widget, layout });
  }
  for (const widget of inReadingOrder(placed)) {
    const others = placed.filter((other) => other !== widget);
    while (
      widget.layout.y > 0 &&
      !others.some((other) => overlaps({ ...widget.layout, y: widget.layout.y - 1 }, other.layout))
    ) {
      widget.layout = { ...widget.layout, y: widget.layout.y - 1 };
    }
  }
  const order = new Map(widgets.map((widget, i) => [widget.id, i]));
  return placed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

export function moveWidget(
  widgets: readonly DashboardWidget[],
  id: string,
  direction: Direction,
): DashboardWidget[] {
  const reading = inReadingOrder(widgets);
  const at = reading.findIndex((widget) => widget.id === id);
  const widget = reading[at];
  if (!widget) return [...widgets];
  if (direction === "left" || direction === "right") {
    const x = clamp(
      widget.layout.x + (direction === "left" ? -1 : 1),
      0,
      DASHBOARD_COLUMNS - widget.layout.w,
    );
    return settle(
      widgets.map((w) => (w.id === id ? { ...w, layout: { ...w.layout, x } } : w)),
      id,
    );
  }
  const other = reading[direction === "up" ? at - 1 : at + 1];
  if (!other) return [...widgets];
  const place = (layout: Layout, to: Layout) => ({
    ...layout,
    x: Math.min(to.x, DASHBOARD_COLUMNS - layout.w),
    y: to.y,
  });
  return settle(
    widgets.map((w) => {
      if (w.id === widget.id) return { ...w, layout: place(w.layout, other.layout) };
      if (w.id === other.id) return { ...w, layout: place(w.layout, widget.layout) };
      return w;
    }),
    id,
  );
}

/** Changes the width and height by the given steps, within the grid. */
export function resizeWidget(
  widgets: readonly DashboardWidget[],
  id: string,
  change: { w?: number; h?: number },
): DashboardWidget[] {
  return settle(
    widgets.map((widget) => {
      if (widget.id !== id) return widget;
      const { x, w, h } = widget.layout;
      return {
        ...widget,
        layout: {
          ...widget.layout,
          w: clamp(w + (change.w ?? 0), 1, DASHBOARD_COLUMNS - x),
          h: clamp(h + (change.h ?? 0), 1, MAX_HEIGHT),
        },
      };
    }),
    id,
  );
}

export function removeWidget(widgets: readonly DashboardWidget[], id: string): DashboardWidget[] {
  return settle(widgets.filter((widget) => widget.id !== id));
}

/** Adds a widget under all the others, at the left edge. */
export function appendWidget(
  widgets: readonly DashboardWidget[],
  widget: DashboardWidget,
): DashboardWidget[] {
  const bottom = Math.max(0, ...widgets.map((other) => other.layout.y + other.layout.h));
  return [...widgets, { ...widget, layout: { ...widget.layout, x: 0, y: bottom } }];
}

/** A widget id not yet used on the dashboard: "kpi_2" after "kpi_1". */
export function freshWidgetId(widgets: readonly DashboardWidget[], kind: DashboardWidget["kind"]): string {
  const used = new Set(widgets.map((widget) => widget.id));
  let n = 1;
  while (used.has(`${kind}_${n}`)) n += 1;
  return `${kind}_${n}`;
}

/** The widget a field path of a 422 names ("widgets.3.query.metric" names the fourth widget). */
export function widgetIdOfPath(widgets: readonly DashboardWidget[], path: string): string | null {
  const match = /^widgets\.(\d+)(\.|$)/.exec(path);
  return match ? (widgets[Number(match[1])]?.id ?? null) : null;
}
