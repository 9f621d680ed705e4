// The breakdown card's bars: groups sorted by their value, suppressed groups last and without a bar, and
// each bar's extent from the zero line, so a negative NPS grows to the left of zero.
import type { AnalyticsRow } from "@touchpoint/core";
import type { MetricScale } from "./metric-format.ts";

export interface BreakdownBar {
  row: AnalyticsRow;
  /** The bar's left edge and width as fractions of the track; null for a suppressed group. */
  extent: { start: number; width: number } | null;
}

export interface BreakdownBars {
  /** Where zero sits on the track, 0..1. */
  zero: number;
  bars: BreakdownBar[];
}

/** Proportions are drawn on their whole 0–100 %; NPS and means on the span of the values and zero. */
function domainOf(values: number[], scale: MetricScale): [number, number] {
  if (scale === "percent") return [0, 100];
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return high > low ? [low, high] : [0, 1];
}

export function breakdownBars(rows: readonly AnalyticsRow[], scale: MetricScale): BreakdownBars {
  const shown = rows.filter((row) => !row.suppressed && row.value !== null);
  const hidden = rows.filter((row) => row.suppressed || row.value === null);
  shown.sort(
    (a, b) =>
      (b.value ?? 0) - (a.value ?? 0) ||
      (b.n ?? 0) - (a.n ?? 0) ||
      (a.group ?? "").localeCompare(b.group ?? ""),
  );
  hidden.sort((a, b) => (a.group ?? "").localeCompare(b.group ?? ""));
  const [low, high] = domainOf(
    shown.map((row) => row.value ?? 0),
    scale,
  );
  const at = (value: number) => (value - low) / (high - low);
  const zero = at(0);
  return {
    zero,
    bars: [
      ...shown.map((row) => {
        const end = at(row.value ?? 0);
        return { row, extent: { start: Math.min(zero, end), width: Math.abs(end - zero) } };
      }),
      ...hidden.map((row) => ({ row, extent: null })),
    ],
  };
}
