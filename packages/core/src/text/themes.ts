// Emerging themes: phrases whose share of feedback in a period rose significantly above their share in
// a baseline period, tested phrase by phrase and corrected for testing many phrases at once.
import { benjaminiHochbergAdjust } from "../analytics/multiple-comparisons.ts";
import { normalCdf } from "../analytics/normal-distribution.ts";
import { twoProportionTest } from "../analytics/proportions.ts";
import { extractKeywords } from "./keywords.ts";
import { hasDiacritics } from "./topics-matcher.ts";

export interface EmergingThemesOptions {
  /** Phrases seen in fewer current texts are not tested (default 5): too rare for the normal approximation. */
  minCount?: number;
  /** False discovery rate: themes with q ≤ alpha are returned (default 0.05). */
  alpha?: number;
}

export interface EmergingTheme {
  phrase: string;
  count: number;
  baselineCount: number;
  /** count / currentTotal. */
  rate: number;
  /** baselineCount / baselineTotal. */
  baselineRate: number;
  /**
   * Rate ratio with ½ added to each count and 1 to each total (Haldane–Anscombe), so a phrase new in
   * this period has a finite ratio: ((c + ½)/(n + 1)) / ((b + ½)/(N + 1)).
   */
  ratio: number;
  /** Pooled two-proportion z statistic (R's signed √chisq of prop.test(correct = FALSE)). */
  z: number;
  /** One-sided p-value of the pooled two-proportion z-test (rate above baseline rate), P(Z ≥ z). */
  pValue: number;
  /** Benjamini–Hochberg q-value over all phrases tested. */
  qValue: number;
}

/**
 * Phrases that rose significantly. Counts are the number of texts containing the phrase (see
 * countPhrases) and totals the number of texts, so each text is one Bernoulli trial per phrase. Every
 * phrase with count ≥ minCount and a rate above its baseline is tested (one-sided), the q-values are
 * computed over those tests, and the themes with q ≤ alpha come back, most significant first.
 */
export function emergingThemes(
  current: ReadonlyMap<string, number>,
  currentTotal: number,
  baseline: ReadonlyMap<string, number>,
  baselineTotal: number,
  options: EmergingThemesOptions = {},
): EmergingTheme[] {
  const { minCount = 5, alpha = 0.05 } = options;
  if (currentTotal <= 0 || baselineTotal <= 0) return [];
  const tested: Omit<EmergingTheme, "qValue">[] = [];
  for (const [phrase, count] of current) {
    const baselineCount = baseline.get(phrase) ?? 0;
    const rate = count / currentTotal;
    const baselineRate = baselineCount / baselineTotal;
    if (count < minCount || rate <= baselineRate) continue;
    const { z } = twoProportionTest(count, currentTotal, baselineCount, baselineTotal);
    const ratio = (count + 0.5) / (currentTotal + 1) / ((baselineCount + 0.5) / (baselineTotal + 1));
    tested.push({ phrase, count, baselineCount, rate, baselineRate, ratio, z, pValue: normalCdf(-z) });
  }
  const qValues = benjaminiHochbergAdjust(tested.map((theme) => theme.pValue));
  return tested
    .map((theme, index) => ({ ...theme, qValue: qValues[index] as number }))
    .filter((theme) => theme.qValue <= alpha)
    .sort((a, b) => a.pValue - b.pValue || b.ratio - a.ratio || a.phrase.localeCompare(b.phrase));
}

export interface PhraseCounts {
  /** Texts containing each phrase, keyed by the phrase without diacritics. */
  counts: Map<string, number>;
  /** The most frequent spelling of each key, for display (the accented one on a tie). */
  phrases: Map<string, string>;
  /** Texts counted. */
  total: number;
}

/** Document frequencies of key phrases over texts of one language: the input of emergingThemes. */
export function countPhrases(texts: Iterable<string>, language: "vi" | "en"): PhraseCounts {
  const counts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  let total = 0;
  for (const text of texts) {
    total++;
    for (const { key, phrase } of extractKeywords(text, language)) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const forKey = spellings.get(key) ?? new Map<string, number>();
      spellings.set(key, forKey.set(phrase, (forKey.get(phrase) ?? 0) + 1));
    }
  }
  const phrases = new Map<string, string>();
  for (const [key, forKey] of spellings) {
    phrases.set(
      key,
      [...forKey].sort(
        (a, b) => b[1] - a[1] || Number(hasDiacritics(b[0])) - Number(hasDiacritics(a[0])),
      )[0]?.[0] ?? key,
    );
  }
  return { counts, phrases, total };
}
