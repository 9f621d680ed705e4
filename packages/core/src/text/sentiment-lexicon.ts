// Customer-service lexicon hits of a text for the default sentiment models: each lexicon phrase found
// in the normalised tokens, with its strength turned by a negation before it and raised by an
// intensifier next to it. Used both as features the model learns weights for and as a prior on the
// logits (sentiment.ts); docs/models.md says how the two were chosen.

import type { SentimentInput, SentimentLanguage } from "./sentiment-features.ts";
import {
  EN_LEXICON,
  INTENSIFIERS,
  type LexiconEntries,
  SERVICE_ASPECTS,
  VI_LEXICON,
} from "./sentiment-lexicon-words.ts";

export interface LexiconHit {
  /** The entry's strength after negation and intensifiers: < 0 negative, > 0 positive. */
  strength: number;
  negated: boolean;
  intensified: boolean;
}

interface Entry {
  tokens: string[];
  folded: string[];
  strength: number;
}

/** How far back a negator turns a phrase ("không được hỗ trợ nhiệt tình"), as in the features. */
const NEGATION_REACH = 3;
const INTENSITY = 1.5;
/** How many words may come between a service aspect and the polar word it raises ("thái độ rất tệ"). */
const ASPECT_REACH = 2;
// "Not slow" is better than slow but not praise; "not friendly" is as bad as unfriendly.
const NEGATED_NEGATIVE = -0.5;
const NEGATED_POSITIVE = -1;
const PUNCTUATION = /^[^\p{L}\p{N}]$/u;

type Prepare = (text: string, language: SentimentLanguage) => SentimentInput;
const indexes = new Map<SentimentLanguage, Map<string, Entry[]>>();

/** Entries by their first folded word, longest first, so "chờ lâu" wins over "lâu". */
function lexiconIndex(language: SentimentLanguage, prepare: Prepare): Map<string, Entry[]> {
  let index = indexes.get(language);
  if (index) return index;
  index = new Map();
  const entries: LexiconEntries = language === "vi" ? VI_LEXICON : EN_LEXICON;
  for (const [phrase, strength] of Object.entries(entries)) {
    // The phrase goes through the same normalisation as the text, so tone placement and case agree.
    const { tokens, folded } = prepare(phrase, language);
    const first = folded[0];
    if (!first) continue;
    const list = index.get(first) ?? [];
    list.push({ tokens, folded, strength });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  indexes.set(language, index);
  return index;
}

// An unaccented token matches any accented form ("cham" may be "chậm"); an accented one only itself,
// so "chăm sóc" is never "chậm".
function matches(input: SentimentInput, at: number, entry: Entry): boolean {
  for (let j = 0; j < entry.folded.length; j++) {
    const folded = input.folded[at + j];
    if (folded !== entry.folded[j]) return false;
    const token = input.tokens[at + j];
    if (token !== folded && token !== entry.tokens[j]) return false;
  }
  return true;
}

// "rất tệ", "very slow" (before) or "chậm quá", "tệ lắm" (after; only "quá" and "lắm" follow).
function isIntensifier(input: SentimentInput, at: number, after: boolean): boolean {
  const folded = input.folded[at];
  return folded !== undefined && INTENSIFIERS.has(folded) && (!after || folded === "qua" || folded === "lam");
}

export function lexiconHits(
  input: SentimentInput,
  language: SentimentLanguage,
  negators: ReadonlySet<string>,
  prepare: Prepare,
): LexiconHit[] {
  const index = lexiconIndex(language, prepare);
  const hits: LexiconHit[] = [];
  let lastNegator = Number.NEGATIVE_INFINITY;
  let aspectEnd = Number.NEGATIVE_INFINITY;
  let i = 0;
  while (i < input.folded.length) {
    const word = input.folded[i] as string;
    const pair = `${word} ${input.folded[i + 1] ?? ""}`;
    if (SERVICE_ASPECTS.has(word) || SERVICE_ASPECTS.has(pair)) {
      aspectEnd = SERVICE_ASPECTS.has(pair) ? i + 2 : i + 1;
      i = aspectEnd;
      continue;
    }
    const entry = index.get(word)?.find((candidate) => matches(input, i, candidate));
    if (!entry) {
      if (PUNCTUATION.test(word)) {
        lastNegator = Number.NEGATIVE_INFINITY;
        aspectEnd = Number.NEGATIVE_INFINITY;
      } else if (negators.has(word) || (language === "en" && word.endsWith("n't"))) lastNegator = i;
      i++;
      continue;
    }
    const end = i + entry.folded.length;
    if (entry.strength !== 0) {
      const negated = i - lastNegator <= NEGATION_REACH;
      const intensified = isIntensifier(input, i - 1, false) || isIntensifier(input, end, true);
      const aboutService = i - aspectEnd < ASPECT_REACH;
      let strength = entry.strength * (intensified ? INTENSITY : 1) * (aboutService ? INTENSITY : 1);
      if (negated) strength *= strength < 0 ? NEGATED_NEGATIVE : NEGATED_POSITIVE;
      hits.push({ strength, negated, intensified });
    }
    i = end;
  }
  return hits;
}

/** Feature names of the hits: the model learns how much a (negated, intensified) hit is worth. */
export function lexiconFeatureNames(hits: readonly LexiconHit[]): string[] {
  return hits.map(({ strength, negated, intensified }) => {
    const polarity = strength < 0 ? "neg" : "pos";
    return `L:${negated ? "not-" : ""}${polarity}${intensified ? "!" : ""}${Math.abs(strength) >= 2 ? "2" : "1"}`;
  });
}

/** The sum of the hits' strengths: the lexicon's own verdict, < 0 negative. */
export function lexiconScore(hits: readonly LexiconHit[]): number {
  let score = 0;
  for (const hit of hits) score += hit.strength;
  return score;
}
