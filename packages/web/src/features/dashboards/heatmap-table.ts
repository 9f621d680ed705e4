// The heatmap's table: one row per stored query, one column per period any row has (sorted by date), each
// cell the row's figure for that period or nothing; and a cell's colour from its place between the lowest
// and highest figure shown, red to green, so the pattern stands out whatever the metric's scale.
import type { AnalyticsRow } from "@touchpoint/core";

export interface HeatmapTable {
  columns: string[];
  /** cells[row][column]: null where the row has no answers in that period. */
  cells: (AnalyticsRow | null)[][];
  /** The lowest and highest figure of the unsuppressed cells; null when none has one. */
  span: { low: number; high: number } | null;
}

export function heatmapTable(rows: readonly (readonly AnalyticsRow[])[]): HeatmapTable {
  const columns = [...new Set(rows.flatMap((row) => row.map((cell) => cell.group ?? "")))].sort();
  const cells = rows.map((row) => {
    const byGroup = new Map(row.map((cell) => [cell.group ?? "", cell]));
    return columns.map((column) => byGroup.get(column) ?? null);
  });
  const values = cells
    .flat()
    .flatMap((cell) => (cell && !cell.suppressed && cell.value !== null ? [cell.value] : []));
  const span = values.length > 0 ? { low: Math.min(...values), high: Math.max(...values) } : null;
  return { columns, cells, span };
}

/** Red (0°) at the lowest figure to green (130°) at the highest; one figure alone sits in the middle. */
export function heatColour(value: number, span: { low: number; high: number }): string {
  const position = span.high > span.low ? (value - span.low) / (span.high - span.low) : 0.5;
  return `hsl(${Math.round(position * 130)} 65% 82%)`;
}
