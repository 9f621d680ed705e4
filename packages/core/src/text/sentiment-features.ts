// What the sentiment models look at, shared by scoreSentiment and scripts/train-text.ts so both see
// exactly the same features: hashed syllable/word uni-, bi- and trigrams, diacritic-free and (for
// Vietnamese) accented, words in the scope of a negation, and emoji/emoticon signals.
import { foldForSearch } from "../customers/identity-values.ts";
import { extractEmotionSignals } from "./emotion-signals.ts";
import { collapseRepeatedLetters, normalizeVietnamese } from "./normalize.ts";
import { lexiconFeatureNames, lexiconHits, lexiconScore } from "./sentiment-lexicon.ts";
import { tokens } from "./tokens.ts";

export type SentimentLanguage = "vi" | "en";

/** Words that turn the polarity of what follows ("không tốt", "chưa hài lòng", "not good", "never"). */
export const NEGATORS: Record<SentimentLanguage, ReadonlySet<string>> = {
  vi: new Set(["khong", "chang", "cha", "chua", "dung", "khoi", "hong", "ko"]),
  en: new Set(["not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "without"]),
};
/** How many words after a negator count as negated; punctuation ends the scope earlier. */
const NEGATION_SCOPE = 3;
const PUNCTUATION = /^[^\p{L}\p{N}]$/u;
// Mentions and links carry no polarity and would otherwise be the most frequent "words" of tweets.
const URL_OR_MENTION = /(?:https?:\/\/|www\.)\S*|@[\p{L}\p{N}_]+/gu;

/** The tokens and emotion signals a model reads, after normalisation for the language. */
export interface SentimentInput {
  tokens: string[];
  folded: string[];
  signals: string[];
}

export function prepareSentimentInput(text: string, language: SentimentLanguage): SentimentInput {
  const cleaned = text.replace(URL_OR_MENTION, " ");
  let normalized: { text: string; signals: string[] };
  if (language === "vi") normalized = normalizeVietnamese(cleaned);
  else {
    const { text: rest, signals } = extractEmotionSignals(cleaned.normalize("NFC"));
    normalized = { text: collapseRepeatedLetters(rest.toLowerCase()), signals };
  }
  const words = tokens(normalized.text);
  return { tokens: words, folded: words.map(foldToken), signals: normalized.signals };
}

const foldToken = (token: string) => foldForSearch(token);

/** Feature names of a text: "f:" folded word, "w:" accented word, "b:"/"a:" bigrams, "n:" negated… */
export function sentimentFeatureNames(input: SentimentInput, language: SentimentLanguage): string[] {
  const { tokens: words, folded, signals } = input;
  const names = ["bias"];
  for (const signal of signals) names.push(`e:${signal}`);
  let negated = 0;
  for (let i = 0; i < folded.length; i++) {
    const word = folded[i] as string;
    const previous = i > 0 ? (folded[i - 1] as string) : "<s>";
    const next = i + 1 < folded.length ? (folded[i + 1] as string) : "</s>";
    names.push(`f:${word}`, `b:${previous} ${word}`);
    if (i + 1 < folded.length) names.push(`t:${previous} ${word} ${next}`);
    // Accented forms tell apart syllables the folded form merges ("bán"/"bạn"/"ban", "tốt"/"tột").
    if (language === "vi" && words[i] !== word) {
      names.push(`w:${words[i]}`, `a:${i > 0 ? words[i - 1] : "<s>"} ${words[i]}`);
    }
    if (PUNCTUATION.test(word)) negated = 0;
    else if (negated > 0) {
      names.push(`n:${word}`);
      negated--;
    }
    if (NEGATORS[language].has(word) || (language === "en" && word.endsWith("n't"))) {
      negated = NEGATION_SCOPE;
    }
  }
  if (folded.length > 0) names.push(`b:${folded[folded.length - 1]} </s>`);
  return names;
}

/** Hashed feature indices (FNV-1a, 32-bit) in [0, 2^bits); a text's features may repeat. */
export function sentimentFeatures(text: string, language: SentimentLanguage, bits: number): Uint32Array {
  return hashFeatures(sentimentFeatureNames(prepareSentimentInput(text, language), language), bits);
}

/**
 * The default models' input: the features above plus the customer-service lexicon hits (custom models
 * keep the plain features their files were trained on), and the lexicon's score for the logit prior.
 */
export function lexiconSentimentFeatures(
  text: string,
  language: SentimentLanguage,
  bits: number,
): { features: Uint32Array; lexicon: number; input: SentimentInput } {
  const input = prepareSentimentInput(text, language);
  const hits = lexiconHits(input, language, NEGATORS[language], prepareSentimentInput);
  const names = [...sentimentFeatureNames(input, language), ...lexiconFeatureNames(hits)];
  return { features: hashFeatures(names, bits), lexicon: lexiconScore(hits), input };
}

/** Which character n-grams a model's second view reads: lengths minN…maxN, hashed into 2^bits. */
export interface CharacterView {
  minN: number;
  maxN: number;
  bits: number;
}

/**
 * Character n-grams of the normalised, folded words joined by single spaces (one at each end, so word
 * starts and ends are n-grams of their own): they see misspellings, elongations and word pieces the
 * word features miss ("thx", "delayyyed", "#fail"). Plus the emoji signals and a bias.
 */
export function characterFeatures(
  text: string,
  language: SentimentLanguage,
  view: CharacterView,
): Uint32Array {
  return inputCharacterFeatures(prepareSentimentInput(text, language), view);
}

/** `characterFeatures` of a text already prepared (the word features' input). */
export function inputCharacterFeatures(
  { folded, signals }: SentimentInput,
  view: CharacterView,
): Uint32Array {
  const line = ` ${folded.join(" ")} `;
  const head = hashFeatures(["bias", ...signals.map((signal) => `e:${signal}`)], view.bits);
  const mask = (1 << view.bits) - 1;
  const starts = Math.max(0, line.length - view.minN + 1);
  const out = new Uint32Array(head.length + starts * (view.maxN - view.minN + 1));
  out.set(head);
  let count = head.length;
  // FNV-1a is sequential, so the hash of "c:" + line[i, i + n) extends that of line[i, i + n − 1): one pass
  // per start gives all its lengths, the same values fnv1a gives the whole names, without building them.
  for (let i = 0; i < starts; i++) {
    let hash = CHARACTER_PREFIX;
    for (let j = i; j < Math.min(line.length, i + view.maxN); j++) {
      hash ^= line.charCodeAt(j);
      hash = Math.imul(hash, 0x01000193);
      if (j - i + 1 >= view.minN) out[count++] = (hash >>> 0) & mask;
    }
  }
  return out.subarray(0, count);
}

/** FNV-1a's state after "c:", the prefix of every character n-gram's name. */
const CHARACTER_PREFIX = (() => {
  let hash = 0x811c9dc5;
  for (const char of "c:") {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
})();

function hashFeatures(names: readonly string[], bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const indices = new Uint32Array(names.length);
  for (let i = 0; i < names.length; i++) indices[i] = fnv1a(names[i] as string) & mask;
  return indices;
}

/** FNV-1a over UTF-16 code units (Fowler, Noll, Vo): fast, stable across platforms, no dependency. */
export function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
