// Guards for impossible input to the statistics: each throws a RangeError naming the value and the rule,
// so a caller's bug surfaces where it happens instead of as NaN on a dashboard.

export function checkPositive(name: string, value: number): void {
  if (!(value > 0 && Number.isFinite(value)))
    throw new RangeError(`${name} must be a finite number > 0 (got ${value})`);
}

export function checkProbability(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1] (got ${value})`);
}

export function checkDegreesOfFreedom(df: number): void {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0 (got ${df})`);
}

/** A count: finite and ≥ 0. Rollups hold whole numbers, but weighted counts are allowed. */
export function checkCount(name: string, value: number): void {
  if (!(value >= 0 && Number.isFinite(value)))
    throw new RangeError(`${name} must be a finite count ≥ 0 (got ${value})`);
}

/** x successes out of n trials, with n > 0. */
export function checkSuccesses(x: number, n: number): void {
  checkCount("x", x);
  if (!(n > 0 && Number.isFinite(n))) throw new RangeError(`n must be > 0 (got ${n})`);
  if (x > n) throw new RangeError(`x must not exceed n (got ${x} of ${n})`);
}
