// Splitting feedback into clauses, the unit whose sentiment is given to the aspects mentioned in it:
// at sentence and clause punctuation and at contrast words ("Nhân viên tốt nhưng chờ lâu" is two
// clauses, with opposite sentiment).
import { foldForSearch } from "../customers/identity-values.ts";

export interface TextSpan {
  /** UTF-16 offsets into the original text, [start, end). */
  start: number;
  end: number;
  text: string;
}

/** Contrast words that start a new clause, folded (so "nhung" counts as "nhưng"); pairs are checked first. */
const CONTRAST_PAIRS = new Set(["tuy nhien", "mac du", "nhung ma", "even though", "even if"]);
const CONTRAST_WORDS = new Set(["nhung", "but", "however", "although", "though", "whereas"]);

const PIECE = /[\p{L}\p{M}\p{N}]+|[.,;!?…\n\r]/gu;
const DIGIT = /\p{N}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The clauses of the text, with their offsets; the separators themselves belong to none. */
export function splitClauses(text: string): TextSpan[] {
  const pieces = [...text.matchAll(PIECE)];
  const clauses: TextSpan[] = [];
  let clauseStart = 0;
  const close = (end: number, next: number) => {
    pushTrimmed(text, clauseStart, end, clauses);
    clauseStart = next;
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as RegExpExecArray;
    const start = piece.index;
    const value = piece[0];
    if (!LETTER_OR_DIGIT.test(value)) {
      // "1.500.000", "4,5": a point or comma between digits is part of a number.
      const between = DIGIT.test(text[start - 1] ?? "") && DIGIT.test(text[start + 1] ?? "");
      if (!((value === "." || value === ",") && between)) close(start, start + value.length);
      continue;
    }
    const folded = foldForSearch(value);
    const next = pieces[i + 1];
    if (next && CONTRAST_PAIRS.has(`${folded} ${foldForSearch(next[0])}`)) {
      close(start, next.index + next[0].length);
      i++;
    } else if (CONTRAST_WORDS.has(folded)) close(start, start + value.length);
  }
  close(text.length, text.length);
  return clauses;
}

function pushTrimmed(text: string, from: number, to: number, clauses: TextSpan[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  const clause = text.slice(start, end);
  if (LETTER_OR_DIGIT.test(clause)) clauses.push({ start, end, text: clause });
}
