// `npm run eval:language`: accuracy of detectLanguage on the held-out dev texts of every set in
// ../shared/data, Vietnamese both as written and with its diacritics stripped. Prints one JSON line
// per set and a summary; skips cleanly when the data is absent. `accuracy` counts every text;
// `accuracyWithLetters` leaves out texts with no letters at all ("10", "0"), which are rightly
// "unknown". `--errors` lists the misses on stderr.
import { measureLanguageId } from "./language-accuracy.ts";
import { loadLanguageSets } from "./language-data.ts";

const sets = loadLanguageSets();
if (sets.length === 0) {
  console.log(JSON.stringify({ skipped: "no data in ../shared/data" }));
  process.exit(0);
}

const showErrors = process.argv.includes("--errors");
const { runs, summary } = measureLanguageId(
  sets,
  showErrors
    ? (run, language, text) => console.error(run, language, JSON.stringify(text.slice(0, 160)))
    : undefined,
);
for (const { counts, ...run } of runs) console.log(JSON.stringify({ ...run, ...counts }));
console.log(JSON.stringify(summary));
