// Importance × performance map of key drivers (importance–performance analysis, Martilla & James 1977): where
// each driver sits tells whether to fix it, keep it, or leave it.

/**
 * - `priority`: high importance, low performance — fix first;
 * - `strength`: high importance, high performance — keep it up;
 * - `maintain`: low importance, high performance — keep as is, do not invest more;
 * - `secondary`: low importance, low performance — watch, low urgency.
 */
export type DriverQuadrant = "strength" | "priority" | "maintain" | "secondary";

export interface DriverPosition {
  /** How much the driver moves the outcome, e.g. its relative weight or Shapley value. */
  importance: number;
  /** How well it is done today, e.g. its mean score or % top-box. */
  performance: number;
}

/**
 * The quadrant of each driver. "High" means at or above the cut; the default cuts are the means over the
 * drivers given, so the map is relative to this set of drivers (pass fixed cuts, e.g. a target score, to
 * compare across analyses).
 */
export function driverQuadrants(
  drivers: readonly DriverPosition[],
  options: { importanceCut?: number; performanceCut?: number } = {},
): DriverQuadrant[] {
  drivers.forEach(({ importance, performance }, i) => {
    if (!Number.isFinite(importance) || !Number.isFinite(performance)) {
      throw new RangeError(
        `driver ${i} needs finite importance and performance (got ${importance}, ${performance})`,
      );
    }
  });
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const importanceCut = options.importanceCut ?? mean(drivers.map((driver) => driver.importance));
  const performanceCut = options.performanceCut ?? mean(drivers.map((driver) => driver.performance));
  return drivers.map(({ importance, performance }) => {
    const important = importance >= importanceCut;
    const performing = performance >= performanceCut;
    if (important) return performing ? "strength" : "priority";
    return performing ? "maintain" : "secondary";
  });
}
