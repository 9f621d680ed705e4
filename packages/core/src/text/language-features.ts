// What language identification looks at, shared by the detector and its training script so both see
// exactly the same features: folded words (diacritic-free, so "khong hai long" and "không hài lòng"
// are one text), which diacritics the text carries, and how many letters are Latin or another script.
import { foldForSearch } from "../customers/identity-values.ts";

/** 0 = no diacritics, 1 = only accents other languages use too (é, ê, ô, â), 2 = Vietnamese-only marks. */
export type DiacriticClass = 0 | 1 | 2;

export interface LanguageFeatures {
  /** Runs of a–z in the folded text: Vietnamese syllables and English words. */
  words: string[];
  diacritics: DiacriticClass;
  latinLetters: number;
  otherScriptLetters: number;
}

// URLs and @mentions say nothing about the language of the text around them ("@united", "www.abc.vn").
const URL_OR_MENTION = /(?:https?:\/\/|www\.)\S*|@[\p{L}\p{N}_]+/gu;
// Marks found only in Vietnamese among Latin-script languages: the Latin Extended Additional block
// (ạ ả ấ … ỹ), ă ơ ư đ, and, in decomposed text, hook above, dot below, horn and breve.
const VIETNAMESE_MARKS = /[\u1EA0-\u1EF9ăĂơƠưƯđĐ]|[\u0309\u0323\u031B\u0306]/;
const ANY_ACCENT = /[\u00C0-\u024F]|[\u0300-\u036F]/;

export function languageFeatures(text: string): LanguageFeatures {
  const cleaned = text.replace(URL_OR_MENTION, " ");
  const diacritics: DiacriticClass = VIETNAMESE_MARKS.test(cleaned) ? 2 : ANY_ACCENT.test(cleaned) ? 1 : 0;
  const folded = foldForSearch(cleaned);
  const words: string[] = [];
  let latinLetters = 0;
  let otherScriptLetters = 0;
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    const isAsciiLetter = code >= 97 && code <= 122;
    if (isAsciiLetter) {
      latinLetters++;
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      words.push(folded.slice(start, i));
      start = -1;
    }
    if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) latinLetters++;
    else if (isOtherScriptLetter(code)) otherScriptLetters++;
  }
  return { words, diacritics, latinLetters, otherScriptLetters };
}

/** Letters of non-Latin scripts by block: Greek to Mongolian, CJK and kana, Hangul, half-width forms. */
function isOtherScriptLetter(code: number): boolean {
  return (
    (code >= 0x370 && code <= 0x1dff) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xffdc)
  );
}
