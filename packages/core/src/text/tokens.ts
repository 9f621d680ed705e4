// Splitting text into tokens: Vietnamese syllables (and English words) and single punctuation marks,
// with a diacritic-free variant so unaccented text yields the same features as accented text.
import { foldForSearch } from "../customers/identity-values.ts";

// A word is letters/marks/digits, optionally joined by an apostrophe ("don't"); anything else that is
// not a space is a token on its own. No nested quantifiers over the same characters: linear time.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Syllable and punctuation tokens of the text, in order: "Tốt, nhưng đắt!" → tốt , nhưng đắt ! */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The same tokens without diacritics, đ as d, lower-case: "Không hài lòng" → khong hai long. */
export function foldedTokens(text: string): string[] {
  return tokens(foldForSearch(text));
}
