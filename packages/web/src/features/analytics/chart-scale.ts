// Linear scales for the dashboard's plain SVG charts: a domain widened to round steps, and the ticks on it.

export interface LinearScale {
  domain: readonly [number, number];
  ticks: number[];
  /** Maps a value of the domain into [start, end] of the drawing (end may be below start, as SVG's y is). */
  at: (value: number) => number;
}

/**
 * The smallest domain of whole `step`s that holds [low, high], kept inside [floor, ceiling] (NPS cannot
 * leave −100..100); an empty span is widened by a step so a flat series still draws as a line.
 */
export function niceDomain(
  low: number,
  high: number,
  step: number,
  floor = Number.NEGATIVE_INFINITY,
  ceiling = Number.POSITIVE_INFINITY,
): [number, number] {
  let start = Math.max(floor, Math.floor(low / step) * step);
  let end = Math.min(ceiling, Math.ceil(high / step) * step);
  if (end <= start) {
    if (end + step <= ceiling) end += step;
    else start -= step;
  }
  return [start, end];
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  step: number,
) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ticks: number[] = [];
  for (let tick = Math.ceil(d0 / step) * step; tick <= d1 + 1e-9; tick += step) ticks.push(tick);
  return {
    domain,
    ticks,
    at: (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0),
  } satisfies LinearScale;
}
