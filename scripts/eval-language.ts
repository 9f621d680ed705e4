// `npm run eval:language`: accuracy of detectLanguage on the held-out dev texts of every set in
// ../shared/data, Vietnamese both as written and with its diacritics stripped. Prints one JSON line
// per set and a summary; skips cleanly when the data is absent. `accuracy` counts every text;
// `accuracyWithLetters` leaves out texts with no letters at all ("10", "0"), which are rightly
// "unknown". `--errors` lists the misses on stderr.
import { detectLanguage } from "../packages/core/src/text/language.ts";
import { loadLanguageSets, stripDiacritics } from "./language-data.ts";

const sets = loadLanguageSets();
if (sets.length === 0) {
  console.log(JSON.stringify({ skipped: "no data in ../shared/data" }));
  process.exit(0);
}

const showErrors = process.argv.includes("--errors");
const runs = sets.flatMap((set) => [
  { name: set.name, language: set.language, texts: set.dev },
  ...(set.language === "vi"
    ? [{ name: `${set.name} (no diacritics)`, language: set.language, texts: set.dev.map(stripDiacritics) }]
    : []),
]);
const LETTER = /\p{L}/u;
let correct = 0;
let total = 0;
for (const run of runs) {
  const counts: Record<string, number> = { vi: 0, en: 0, other: 0, unknown: 0 };
  for (const text of run.texts) {
    const { language } = detectLanguage(text);
    counts[language] = (counts[language] ?? 0) + 1;
    if (showErrors && language !== run.language)
      console.error(run.name, language, JSON.stringify(text.slice(0, 160)));
  }
  const right = counts[run.language] ?? 0;
  const withLetters = run.texts.filter((text) => LETTER.test(text)).length;
  correct += right;
  total += run.texts.length;
  console.log(
    JSON.stringify({
      set: run.name,
      texts: run.texts.length,
      accuracy: round(right / run.texts.length),
      accuracyWithLetters: round(right / withLetters),
      ...counts,
    }),
  );
}
console.log(JSON.stringify({ set: "all", texts: total, accuracy: round(correct / total) }));

function round(value: number) {
  return Math.round(value * 10_000) / 10_000;
}
