// Ids for new questions, choices, pages and endings: readable ("nps", "nps_2", "c3"), unique, valid keys.

/** The base itself when free, else base_2, base_3… ("nps", "nps_2"). */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** The first free numbered key: c1, c2… or p1, p2… */
export function numberedKey(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
