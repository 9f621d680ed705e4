// Qualtrics recode values (RecodeValues in a question payload: choice key → number) are what a response export
// with "numeric values" writes instead of the choice key, e.g. "Never tried it" = -1. The importer keeps them
// as `sourceValue` on choices (and `sourceValues`, value → score, on NPS) so the Qualtrics CSV import can read
// those exports; Touchpoint's own answers keep using choice ids and scores.

// Recodes are numbers; anything longer than a sourceValue may be is not one and is left out.
const MAX_RECODE_LENGTH = 50;

/** A recode as Qualtrics writes it: a number or a numeric string ("-1"). */
function recodeText(value: unknown): string | undefined {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== "string") return undefined;
  const trimmed = text.trim();
  return trimmed && trimmed.length <= MAX_RECODE_LENGTH ? trimmed : undefined;
}

/**
 * Key → recode for the given keys (a key Qualtrics did not recode keeps its default), or undefined when every
 * recode equals its default: then the export writes what the importer already knows and nothing is kept.
 * RecodeValues is an object keyed by choice key, or an array when the keys are 0, 1, 2… (NPS).
 */
export function readRecodes(
  recodeValues: unknown,
  defaults: Map<string, string>,
  warn: (message: string) => void,
): Map<string, string> | undefined {
  const raw: Record<string, unknown> =
    typeof recodeValues === "object" && recodeValues !== null ? { ...recodeValues } : {};
  const recodes = new Map(
    [...defaults].map(([key, fallback]) => [key, recodeText(raw[key]) ?? fallback] as const),
  );
  if ([...recodes].every(([key, value]) => value === defaults.get(key))) return undefined;
  // Qualtrics lets two choices share a recode ("Don't know" and "N/A" both 99); the export cannot tell them apart.
  const firstOf = new Map<string, string>();
  for (const [key, value] of recodes) {
    const first = firstOf.get(value);
    if (first === undefined) firstOf.set(value, key);
    else warn(`choices ${first} and ${key} share the recode value ${value}; it is read as choice ${first}`);
  }
  return recodes;
}

/** An NPS question's recodes as export value → score, or undefined when Qualtrics writes the scores. */
export function npsSourceValues(
  recodeValues: unknown,
  scores: Map<string, number>,
  warn: (message: string) => void,
): Record<string, number> | undefined {
  const valid = [...scores].filter(([, score]) => Number.isInteger(score) && score >= 0 && score <= 10);
  const recodes = readRecodes(recodeValues, new Map(valid.map(([key, score]) => [key, String(score)])), warn);
  if (!recodes) return undefined;
  const sourceValues = new Map<string, number>();
  for (const [key, score] of valid) {
    const value = recodes.get(key);
    if (value !== undefined && !sourceValues.has(value)) sourceValues.set(value, score);
  }
  return Object.fromEntries(sourceValues);
}
