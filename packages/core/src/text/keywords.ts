// Keyword extraction: the salient phrases of a text, i.e. runs of content words cut into uni-, bi- and
// trigrams. Vietnamese words are mostly two syllables ("nhân viên", "thủ tục"), so inside a run of
// Vietnamese content syllables only bi- and trigrams are phrases, and a lone syllable is a unigram.
import { foldForSearch } from "../customers/identity-values.ts";
import { AMBIGUOUS_FOLDED_STOPWORDS, ENGLISH_STOPWORDS, VIETNAMESE_STOPWORDS } from "./keywords-stopwords.ts";
import { normalizeVietnamese } from "./normalize.ts";
import { tokens } from "./tokens.ts";
import { hasDiacritics } from "./topics-matcher.ts";

export interface Keyword {
  /** The phrase as normalised (lower case; Vietnamese with its diacritics when it was typed with them). */
  phrase: string;
  /** The phrase without diacritics: the key to count phrases across texts typed either way. */
  key: string;
  /** Occurrences in the text. */
  count: number;
  /** Words in the phrase. */
  length: number;
}

const WORD = /^[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*$/u;
const FOLDED_VIETNAMESE_STOPWORDS = new Set(
  [...VIETNAMESE_STOPWORDS].map(foldForSearch).filter((word) => !AMBIGUOUS_FOLDED_STOPWORDS.has(word)),
);

/**
 * Key phrases of the text, most frequent first; among equals Vietnamese bigrams (most words) and longer
 * English phrases first. Phrases never cross punctuation or a stopword; numbers and single letters are
 * not content words.
 */
export function extractKeywords(text: string, language: "vi" | "en"): Keyword[] {
  const runs = contentRuns(text, language);
  const found = new Map<string, Keyword>();
  for (const run of runs) {
    const minLength = language === "vi" && run.length > 1 ? 2 : 1;
    for (let length = minLength; length <= Math.min(3, run.length); length++) {
      for (let start = 0; start + length <= run.length; start++) {
        const phrase = run.slice(start, start + length).join(" ");
        const key = foldForSearch(phrase);
        const existing = found.get(key);
        if (existing) existing.count++;
        else found.set(key, { phrase, key, count: 1, length });
      }
    }
  }
  const rank = (keyword: Keyword) => (language === "vi" ? -Math.abs(keyword.length - 2) : keyword.length);
  return [...found.values()].sort(
    (a, b) => b.count - a.count || rank(b) - rank(a) || a.key.localeCompare(b.key),
  );
}

/** Maximal runs of content words between punctuation and stopwords. */
function contentRuns(text: string, language: "vi" | "en"): string[][] {
  const normalized = language === "vi" ? normalizeVietnamese(text).text : text.normalize("NFC").toLowerCase();
  // Text typed without diacritics compares with unaccented stopwords; with diacritics they count.
  const folded = language === "vi" && !hasDiacritics(text);
  const stopwords =
    language === "en" ? ENGLISH_STOPWORDS : folded ? FOLDED_VIETNAMESE_STOPWORDS : VIETNAMESE_STOPWORDS;
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of tokens(normalized)) {
    const word = folded ? foldForSearch(token) : token;
    if (WORD.test(word) && [...word].length > 1 && !stopwords.has(word)) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
