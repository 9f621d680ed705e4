// Where a widget sits: on wide screens its cells of the 12-column grid, on narrow ones a single column read
// top to bottom, left to right; the same order is the document's, so keyboards and screen readers follow it.
import type { DashboardWidget } from "@touchpoint/core";

type Layout = DashboardWidget["layout"];

export function inReadingOrder<T extends { layout: Layout }>(widgets: readonly T[]): T[] {
  return [...widgets].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);
}

/** CSS grid lines (1-based) of a layout. */
export function gridArea(layout: Layout): { gridColumn: string; gridRow: string } {
  return {
    gridColumn: `${layout.x + 1} / span ${layout.w}`,
    gridRow: `${layout.y + 1} / span ${layout.h}`,
  };
}
