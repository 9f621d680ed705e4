// The NPS-by-week chart's shapes: the line of weekly scores and the band of their confidence intervals,
// broken where a week is suppressed (too few answers) so the chart never draws through a missing week.
import type { AnalyticsRow } from "@touchpoint/core";
import { type LinearScale, linearScale, niceDomain } from "./chart-scale.ts";

export interface ChartSize {
  width: number;
  height: number;
  /** Room for the y-axis labels on the left and the dates below. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

export interface TrendPoint {
  row: AnalyticsRow;
  x: number;
  y: number;
}

export interface TrendGeometry {
  y: LinearScale;
  /** The x of every week, suppressed ones too, for the date labels. */
  xs: number[];
  points: TrendPoint[];
  /** One line path and one band path per run of weeks with figures. */
  runs: { line: string; band: string }[];
}

const hasFigures = (row: AnalyticsRow) =>
  !row.suppressed && row.value !== null && row.ci_low !== null && row.ci_high !== null;

const fixed = (value: number) => Number(value.toFixed(2));

export function trendGeometry(rows: readonly AnalyticsRow[], size: ChartSize, step = 20): TrendGeometry {
  const shown = rows.filter(hasFigures);
  const lows = shown.map((row) => row.ci_low ?? 0);
  const highs = shown.map((row) => row.ci_high ?? 0);
  const domain =
    shown.length > 0 ? niceDomain(Math.min(...lows), Math.max(...highs), step, -100, 100) : [-100, 100];
  const y = linearScale(domain as [number, number], [size.height - size.bottom, size.top], step);
  const inner = size.width - size.left - size.right;
  const xs = rows.map((_, i) =>
    fixed(size.left + (rows.length > 1 ? (i / (rows.length - 1)) * inner : inner / 2)),
  );

  const runs: { line: string; band: string }[] = [];
  const points: TrendPoint[] = [];
  let run: TrendPoint[] = [];
  const close = () => {
    if (run.length === 0) return;
    const line = run.map((point, i) => `${i === 0 ? "M" : "L"}${point.x},${point.y}`).join(" ");
    const upper = run.map(
      (point, i) => `${i === 0 ? "M" : "L"}${point.x},${fixed(y.at(point.row.ci_high ?? 0))}`,
    );
    const lower = [...run].reverse().map((point) => `L${point.x},${fixed(y.at(point.row.ci_low ?? 0))}`);
    runs.push({ line, band: `${[...upper, ...lower].join(" ")} Z` });
    run = [];
  };
  rows.forEach((row, i) => {
    if (!hasFigures(row)) {
      close();
      return;
    }
    const point = { row, x: xs[i] ?? 0, y: fixed(y.at(row.value ?? 0)) };
    points.push(point);
    run.push(point);
  });
  close();
  return { y, xs, points, runs };
}
