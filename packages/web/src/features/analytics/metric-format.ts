// How the dashboard writes a metric, its interval and its change, on the metric's own scale and in the
// reader's locale ("32,5" in vi, "32.5" in en): NPS in points, proportions as percentages and their changes
// in percentage points, means with two decimals.
import type { AnalyticsQueryResult } from "@touchpoint/core";

export type MetricScale = AnalyticsQueryResult["scale"];

export interface MetricFormat {
  /** "−12", "32,5", "85,3%" (en: "32.5", "85.3%"). */
  value: (value: number) => string;
  /** "26,1 – 38,4" (en: "26.1 – 38.4"), in the value's units. */
  interval: (low: number, high: number) => string;
  /** A signed change: "+3,2", "−4", "0". */
  delta: (delta: number) => string;
}

const DIGITS: Record<MetricScale, number> = { nps: 1, percent: 1, units: 2, count: 0 };

export function metricFormat(scale: MetricScale, locale: string): MetricFormat {
  const digits = DIGITS[scale];
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, signDisplay: "exceptZero" });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: digits });
  // A true minus sign, as typeset figures use, not the hyphen Intl gives in some locales.
  const minus = (text: string) => text.replace("-", "−");
  const value = (figure: number) =>
    minus(scale === "percent" ? percent.format(figure / 100) : plain.format(figure));
  return {
    value,
    // Spaced, so a negative bound still reads apart from the dash: "−6 – 4,5".
    interval: (low, high) => `${value(low)} – ${value(high)}`,
    delta: (delta) => minus(signed.format(delta)),
  };
}

export type DeltaDirection = "up" | "down" | "flat";

/** The direction of a change as it reads once rounded to the digits shown: +0,04 is shown as 0 and is flat. */
export function deltaDirection(delta: number, scale: MetricScale): DeltaDirection {
  const shown = Number(delta.toFixed(DIGITS[scale]));
  if (shown > 0) return "up";
  return shown < 0 ? "down" : "flat";
}
