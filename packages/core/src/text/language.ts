// Language identification for feedback text: Vietnamese (with or without diacritics), English, other
// or unknown. A naive Bayes model over folded words, backed off to letter trigrams for unseen words,
// plus one feature for the diacritics the text carries; trained by scripts/train-language.ts.
import { z } from "zod";
import { languageFeatures } from "./language-features.ts";
import { LANGUAGE_MODEL } from "./language-model.ts";

export const textLanguageSchema = z.enum(["vi", "en", "other", "unknown"]);
export type TextLanguage = z.infer<typeof textLanguageSchema>;

export interface DetectedLanguage {
  language: TextLanguage;
  /** Probability of the answer, 0.5–1; 1 for "unknown" (nothing to read). */
  confidence: number;
}

/** Below this confidence neither language fits well enough and the text is "other". */
export const MIN_LANGUAGE_CONFIDENCE = 0.6;
/** With at least MIN_WORDS_FOR_COVERAGE words, fewer than this share known to the model means "other". */
export const MIN_WORD_COVERAGE = 0.35;
const MIN_WORDS_FOR_COVERAGE = 4;

const WORDS = parseTable(LANGUAGE_MODEL.words);
const TRIGRAMS = parseTable(LANGUAGE_MODEL.trigrams);
const DIACRITICS = LANGUAGE_MODEL.diacritics;

/** The main language of the text; mixed Vietnamese and English gets the one with more evidence. */
export function detectLanguage(text: string): DetectedLanguage {
  const features = languageFeatures(text);
  const letters = features.latinLetters + features.otherScriptLetters;
  if (letters === 0) return { language: "unknown", confidence: 1 };
  if (features.otherScriptLetters > features.latinLetters) {
    return { language: "other", confidence: round(features.otherScriptLetters / letters) };
  }
  let score = DIACRITICS[features.diacritics] ?? 0;
  let known = 0;
  for (const word of features.words) {
    const weight = WORDS.get(word);
    if (weight === undefined) score += trigramScore(word);
    else {
      score += weight;
      known++;
    }
  }
  const count = features.words.length;
  if (count >= MIN_WORDS_FOR_COVERAGE && known / count < MIN_WORD_COVERAGE) {
    return { language: "other", confidence: round(1 - known / count) };
  }
  const confidence = 1 / (1 + Math.exp(-Math.abs(score)));
  if (confidence < MIN_LANGUAGE_CONFIDENCE) return { language: "other", confidence: round(1 - confidence) };
  return { language: score > 0 ? "vi" : "en", confidence: round(confidence) };
}

/**
 * An unknown word (a brand, a typo, a name) counts at most as much as a fairly typical known word:
 * its letters are weaker evidence than the vocabulary, and "hersheys nuggets" must not outvote a
 * Vietnamese sentence around it.
 */
const UNKNOWN_WORD_LIMIT = 3;

function trigramScore(word: string): number {
  const padded = `_${word}_`;
  let score = 0;
  for (let i = 0; i + 3 <= padded.length; i++) score += TRIGRAMS.get(padded.slice(i, i + 3)) ?? 0;
  return Math.max(-UNKNOWN_WORD_LIMIT, Math.min(UNKNOWN_WORD_LIMIT, score));
}

function parseTable(table: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const pair of table.split(" ")) {
    const colon = pair.lastIndexOf(":");
    weights.set(pair.slice(0, colon), Number(pair.slice(colon + 1)) / 100);
  }
  return weights;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
