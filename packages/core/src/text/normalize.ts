// Vietnamese text normalisation before sentiment and topics: one spelling for one word, so that
// "Ko hài lòng:((", "khong hai long" and "Không hài lòng 😡" give the same features.
import { type EmotionSignal, extractEmotionSignals } from "./emotion-signals.ts";
import { TEEN_CODE, type TeenCodeEntry } from "./teen-code.ts";
import { placeToneMarks } from "./tone-marks.ts";

export interface NormalizedText {
  /** NFC, lower-case, one tone convention, repeats collapsed, abbreviations expanded, no emoji. */
  text: string;
  /** The emoji and emoticons that were taken out, as sentiment signals in order of appearance. */
  signals: EmotionSignal[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** What may follow a clause-final short form: spaces, then the end or punctuation. */
const CLAUSE_END = /^\s*(?:$|[.,;:!?…)\]"'\n])/;
const DOUBLE_LETTER = /(\p{L})\1/u;
const LETTER = /\p{L}/u;

/** Normalises Vietnamese (or mixed) text; English passes through lower-cased and otherwise unchanged. */
export function normalizeVietnamese(text: string): NormalizedText {
  const { text: withoutEmotion, signals } = extractEmotionSignals(text.normalize("NFC"));
  const lower = placeToneMarks(withoutEmotion.toLowerCase());
  return { text: expandTeenCode(collapseRepeatedLetters(lower)).replace(/\s+/g, " ").trim(), signals };
}

/**
 * Runs of three or more of the same letter, whatever its marks ("ngonnnn", "quáaaa", "đẹppp"), become
 * the run's first letter. Vietnamese has no tripled letters and English few, while doubles are real
 * words ("xoong", "good", "coffee") and stay. "cooool" becomes "col": an accepted loss.
 */
export function collapseRepeatedLetters(text: string): string {
  if (!DOUBLE_LETTER.test(text)) return text;
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; ) {
    const char = chars[i] as string;
    const base = baseLetter(char);
    let end = i + 1;
    if (LETTER.test(char)) while (end < chars.length && baseLetter(chars[end] as string) === base) end++;
    out += end - i >= 3 ? char : chars.slice(i, end).join("");
    i = end;
  }
  return out;
}

const baseLetter = (char: string) =>
  char.charCodeAt(0) < 0x80 ? char : (char.normalize("NFD")[0] as string);

/** Whole words replaced by their full forms from the teen-code dictionary. */
export function expandTeenCode(text: string, dictionary = TEEN_CODE): string {
  let previous = "";
  return text.replace(WORD, (word, offset: number) => {
    const entry = Object.hasOwn(dictionary, word) ? dictionary[word] : undefined;
    const expanded = entry === undefined ? word : expand(word, entry, previous, text, offset + word.length);
    previous = expanded.slice(expanded.lastIndexOf(" ") + 1);
    return expanded;
  });
}

function expand(word: string, entry: TeenCodeEntry, previous: string, text: string, end: number): string {
  if (typeof entry === "string") return entry;
  const afterPrevious = entry.after?.[previous];
  if (afterPrevious) return afterPrevious;
  if (entry.atClauseEnd && !CLAUSE_END.test(text.slice(end, end + 16))) return word;
  return entry.to;
}
