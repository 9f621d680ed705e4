// What a merge moved, in words with each count's plural: "1 identity, 3 interactions, 0 survey responses".
import type { TFunction } from "i18next";

export const MOVED_KINDS = ["identities", "interactions", "responses", "events"] as const;
export type MovedKind = (typeof MOVED_KINDS)[number];

/** Counts by kind; a kind without a count is left out. */
export function movedText(moved: Partial<Record<string, unknown>>, t: TFunction): string {
  return MOVED_KINDS.filter((kind) => typeof moved[kind] === "number")
    .map((kind) => t(`customers.merge.counts.${kind}`, { count: moved[kind] as number }))
    .join(", ");
}
