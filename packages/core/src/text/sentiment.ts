// Sentiment of feedback text: negative | neutral | positive with a score in [−1, 1], for Vietnamese
// (accented, unaccented, teen code) and English. Per language a hashed linear model, with domain experts
// weighed by a gate where they beat it, trained by scripts/train-text.ts; see docs/models.md for the
// data, the metrics and how to retrain.
import { z } from "zod";
import { detectLanguage, type TextLanguage } from "./language.ts";
import {
  inputCharacterFeatures,
  lexiconSentimentFeatures,
  type SentimentLanguage,
} from "./sentiment-features.ts";
import type { SentimentModel } from "./sentiment-model.ts";
import { SENTIMENT_MODEL_EN } from "./sentiment-model-en.ts";
import { SENTIMENT_MODEL_VI } from "./sentiment-model-vi.ts";
import {
  type DecodedSentimentModel,
  decodeSentimentModel,
  mixtureProbabilities,
  SENTIMENT_CLASSES,
} from "./sentiment-weights.ts";

export const sentimentSchema = z.enum(SENTIMENT_CLASSES);
export type Sentiment = z.infer<typeof sentimentSchema>;

export interface SentimentResult {
  sentiment: Sentiment;
  /** P(positive) − P(negative): −1 surely negative, 0 neutral or balanced, 1 surely positive. */
  score: number;
}

const MODELS: Record<SentimentLanguage, SentimentModel> = { vi: SENTIMENT_MODEL_VI, en: SENTIMENT_MODEL_EN };
// Decoded on first use, once per language: the widget and pages that never score text pay nothing.
const decoded = new Map<SentimentLanguage, DecodedSentimentModel>();

/**
 * The sentiment of `text`. The language is detected when not given; Vietnamese uses the Vietnamese
 * model, everything else ("en", "other", "unknown") the English one: English is the language other
 * feedback is most often written in, and text without letters is decided by its emoji, which both
 * models read. Empty or whitespace-only text is neutral with score 0.
 */
export function scoreSentiment(text: string, language?: TextLanguage): SentimentResult {
  if (text.trim().length === 0) return { sentiment: "neutral", score: 0 };
  const modelLanguage: SentimentLanguage = (language ?? detectLanguage(text).language) === "vi" ? "vi" : "en";
  const model = MODELS[modelLanguage];
  let ready = decoded.get(modelLanguage);
  if (!ready) {
    ready = decodeSentimentModel(model);
    decoded.set(modelLanguage, ready);
  }
  const { features, lexicon, input } = lexiconSentimentFeatures(text, modelLanguage, model.bits);
  const characters = model.characters && inputCharacterFeatures(input, model.characters);
  const probabilities = mixtureProbabilities(ready, features, lexicon, characters);
  const best = probabilities.indexOf(Math.max(...probabilities));
  const score = Math.round(((probabilities[2] as number) - (probabilities[0] as number)) * 10_000) / 10_000;
  return { sentiment: SENTIMENT_CLASSES[best] as Sentiment, score };
}
