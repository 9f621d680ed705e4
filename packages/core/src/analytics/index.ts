// Statistics for the analytics engine, computed from sufficient statistics (counts, sums, sums of squares).

export * from "./chi-square.ts";
export { type ConfidenceOptions, DEFAULT_CONFIDENCE, type Interval, normalCritical } from "./confidence.ts";
export * from "./dashboard.ts";
export * from "./distributions.ts";
export * from "./drivers.ts";
export * from "./drivers-correlation.ts";
export { checkDriverInput, DriverInputError } from "./drivers-input.ts";
export * from "./drivers-quadrants.ts";
export * from "./means.ts";
export * from "./moments.ts";
export * from "./multiple-comparisons.ts";
export * from "./nps.ts";
export * from "./proportions.ts";
