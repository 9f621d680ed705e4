// Keywords as the taxonomy editor shows them: one per line in a text area.

/** Trimmed, non-empty lines, each once (the first spelling wins, compared without case). */
export function keywordsFromLines(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const keyword = line.trim();
    const key = keyword.toLocaleLowerCase();
    if (keyword && !seen.has(key)) {
      seen.add(key);
      keywords.push(keyword);
    }
  }
  return keywords;
}

export const keywordsToLines = (keywords: readonly string[]) => keywords.join("\n");

/**
 * A topic id suggested from its English label ("Card & ATM" → "card-atm"): the taxonomy's id rule is
 * lower-case letters, digits, "_" or "-", starting with a letter.
 */
export function suggestTopicId(label: string): string {
  const slug = label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+|-+$/g, "");
  return slug.slice(0, 64).replace(/-+$/, "");
}
