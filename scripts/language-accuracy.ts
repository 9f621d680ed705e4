// Accuracy of detectLanguage on the held-out dev texts of every language set, Vietnamese both as written
// and with its diacritics stripped: shared by `npm run eval:language` (every set) and `npm run eval:text`
// (the summary line), so both report the same figures.
import { detectLanguage } from "../packages/core/src/text/language.ts";
import { type Language, round, stripDiacritics, type TextSet } from "./language-data.ts";

export interface LanguageRun {
  set: string;
  texts: number;
  accuracy: number;
  /** Leaves out texts with no letters at all ("10", "0"), which are rightly "unknown". */
  accuracyWithLetters: number;
  counts: Record<string, number>;
}

export interface LanguageSummary {
  set: string;
  texts: number;
  /** Every run together: the mixed vi/en dev texts as written plus the Vietnamese ones stripped. */
  accuracy: number;
  /** The mixed vi/en dev texts as written. */
  accuracyAsWritten: number;
  /** The same texts, Vietnamese stripped of its diacritics (English unchanged). */
  accuracyNoDiacritics: number;
}

const LETTER = /\p{L}/u;

export function measureLanguageId(
  sets: TextSet[],
  onMiss?: (run: string, detected: string, text: string) => void,
): { runs: LanguageRun[]; summary: LanguageSummary } {
  const tally = { all: [0, 0], written: [0, 0], stripped: [0, 0] };
  const add = (key: keyof typeof tally, right: number, texts: number) => {
    tally[key] = [(tally[key][0] as number) + right, (tally[key][1] as number) + texts];
  };
  const runs: LanguageRun[] = [];
  for (const set of sets) {
    const variants: { name: string; texts: string[]; stripped: boolean }[] = [
      { name: set.name, texts: set.dev, stripped: false },
    ];
    if (set.language === "vi") {
      variants.push({
        name: `${set.name} (no diacritics)`,
        texts: set.dev.map(stripDiacritics),
        stripped: true,
      });
    }
    for (const variant of variants) {
      const run = measureRun(variant.name, set.language, variant.texts, onMiss);
      const right = run.counts[set.language] ?? 0;
      runs.push(run);
      add("all", right, run.texts);
      if (!variant.stripped) add("written", right, run.texts);
      if (variant.stripped || set.language !== "vi") add("stripped", right, run.texts);
    }
  }
  const ratio = ([right, texts]: number[]) => round((right as number) / (texts as number));
  return {
    runs,
    summary: {
      set: "all",
      texts: tally.all[1] as number,
      accuracy: ratio(tally.all),
      accuracyAsWritten: ratio(tally.written),
      accuracyNoDiacritics: ratio(tally.stripped),
    },
  };
}

function measureRun(
  name: string,
  expected: Language,
  texts: string[],
  onMiss?: (run: string, detected: string, text: string) => void,
): LanguageRun {
  const counts: Record<string, number> = { vi: 0, en: 0, other: 0, unknown: 0 };
  for (const text of texts) {
    const { language } = detectLanguage(text);
    counts[language] = (counts[language] ?? 0) + 1;
    if (language !== expected) onMiss?.(name, language, text);
  }
  const right = counts[expected] ?? 0;
  const withLetters = texts.filter((text) => LETTER.test(text)).length;
  return {
    set: name,
    texts: texts.length,
    accuracy: round(right / texts.length),
    accuracyWithLetters: round(right / withLetters),
    counts,
  };
}
