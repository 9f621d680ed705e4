// Off-the-shelf English lexicon baselines for `npm run eval:text`: AFINN (the `sentiment` package,
// comparative score = summed word valence / tokens) and VADER (`vader-sentiment`, compound score with
// its authors' ±0.05 thresholds, Hutto & Gilbert 2014). Neither ships types, so they are typed here.
import { createRequire } from "node:module";
import type { Polarity } from "./sentiment-data.ts";

const require = createRequire(import.meta.url);
const Afinn = require("sentiment") as new () => { analyze(text: string): { comparative: number } };
const vader = require("vader-sentiment") as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};
const afinn = new Afinn();

export const afinnScore = (text: string) => afinn.analyze(text).comparative;

/** AFINN's comparative score to 3 classes: neutral when |score| ≤ threshold. */
export function afinnPolarity(score: number, threshold: number): Polarity {
  return score > threshold ? "positive" : score < -threshold ? "negative" : "neutral";
}

/** VADER's standard rule: compound ≥ 0.05 positive, ≤ −0.05 negative, otherwise neutral. */
export function vaderPolarity(text: string): Polarity {
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  return compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral";
}
