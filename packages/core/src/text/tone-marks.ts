// Tone-mark placement for Vietnamese syllables: one convention, so "hoà" and "hòa" are the same word.
//
// Convention (the one most frequent in our Vietnamese data, ≈ 2:1): in the open clusters oa, oe and uy
// with no final consonant the tone sits on the FIRST vowel — hòa, khỏe, thủy, tùy; with a final
// consonant it sits on the second, as in both conventions — hoàn, thuận, hoạch.
// "qu" and "gi" are onsets, so quý, quả, giá are left as written. Every other syllable is unambiguous
// in both conventions and is not touched.

/** Combining tone marks (after NFD): grave, acute, tilde, hook above, dot below. */
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);

/** A cheap pre-check (NFC, lower-case input): does the text hold a toned oa/oe/uy cluster at all? */
const CANDIDATE = /[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]/;
const WORD = /[\p{L}\p{M}]+/gu;

/** The text with the tone of every oa/oe/uy syllable placed by the convention above (input: NFC, lower-case). */
export function placeToneMarks(text: string): string {
  if (!CANDIDATE.test(text)) return text;
  return text.replace(WORD, (word) => (CANDIDATE.test(word) ? placeInSyllable(word) : word));
}

function placeInSyllable(syllable: string): string {
  // Split into letters, each with its non-tone marks (circumflex, breve, horn) kept, and the one tone.
  const letters: string[] = [];
  let tone = "";
  for (const char of syllable.normalize("NFD")) {
    if (TONES.has(char)) tone = char;
    else if (/\p{M}/u.test(char) && letters.length > 0) letters[letters.length - 1] += char;
    else letters.push(char);
  }
  if (!tone) return syllable;
  // A vowel by its base letter: ê, ơ, ư, ă, â are vowels too, so "uyê" in "chuyển" is one cluster.
  const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.has(letter.charAt(0));
  let start = 0;
  while (start < letters.length && !isVowel(letters[start])) start++;
  if (letters[start - 1] === "q" || (letters[start - 1] === "g" && letters[start] === "i")) return syllable;
  let end = start;
  while (end < letters.length && isVowel(letters[end])) end++;
  const cluster = letters.slice(start, end).join("");
  if (cluster !== "oa" && cluster !== "oe" && cluster !== "uy") return syllable;
  const target = end === letters.length ? start : start + 1;
  letters[target] += tone;
  return letters.join("").normalize("NFC");
}
