// Where a search is found in a comment, folded as the server folds it (core's foldForSearch: no diacritics,
// đ as d, any case, runs of spaces as one), so "phi sms" marks "phí SMS" in the original text.
import { foldForSearch } from "@touchpoint/core";

export interface TextRange {
  start: number;
  end: number;
}

/** Non-overlapping ranges of `text` (UTF-16 offsets, [start, end)) whose folded form is the folded query. */
export function searchMatches(text: string, query: string): TextRange[] {
  const needle = foldForSearch(query);
  if (!needle) return [];
  // The folded text, and for each of its characters the original character it came from.
  let folded = "";
  const origin: number[] = [];
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const piece = /\s/.test(char) ? (folded.endsWith(" ") ? "" : " ") : foldForSearch(char);
    for (const foldedChar of piece) {
      folded += foldedChar;
      origin.push(index);
    }
    index += char.length;
  }
  const ranges: TextRange[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    const start = origin[at] as number;
    const lastOrigin = origin[at + needle.length - 1] as number;
    const last = String.fromCodePoint(text.codePointAt(lastOrigin) ?? 0);
    ranges.push({ start, end: lastOrigin + last.length });
  }
  return ranges;
}

/** The parts of [start, end) with whether each lies in one of the ranges, in order. */
export function splitByRanges(
  start: number,
  end: number,
  ranges: readonly TextRange[],
): { start: number; end: number; matched: boolean }[] {
  const parts: { start: number; end: number; matched: boolean }[] = [];
  let at = start;
  for (const range of ranges) {
    const from = Math.max(range.start, at);
    const to = Math.min(range.end, end);
    if (to <= from) continue;
    if (from > at) parts.push({ start: at, end: from, matched: false });
    parts.push({ start: from, end: to, matched: true });
    at = to;
  }
  if (at < end) parts.push({ start: at, end, matched: false });
  return parts;
}
