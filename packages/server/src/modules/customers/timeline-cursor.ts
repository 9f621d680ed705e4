// Where a page of a customer's timeline ended, as an opaque cursor: the last item's time (at the database's
// microsecond precision), kind and id, which together order every item exactly once.
import { TIMELINE_KINDS, type TimelineKind } from "@touchpoint/core";

export interface TimelinePosition {
  /** ISO 8601 in UTC with microseconds, as the timeline query writes it. */
  at: string;
  kind: TimelineKind;
  id: string;
}

/**
 * Items of the same instant are ordered by kind, then id (both descending, like time). A new kind (cases)
 * takes the next rank; ranks are never reused, as cursors in clients' hands carry the kind's name.
 */
export const KIND_RANK: Record<TimelineKind, number> = { event: 1, interaction: 2, response: 3 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export const encodeTimelineCursor = (position: TimelinePosition) =>
  Buffer.from(`${position.at}|${position.kind}|${position.id}`).toString("base64url");

/** The position a cursor names, or null when it is not a timeline cursor. */
export function decodeTimelineCursor(cursor: string): TimelinePosition | null {
  const [at, kind, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (rest.length > 0 || !at || !kind || !id) return null;
  if (!TIMESTAMP.test(at) || !UUID.test(id) || !(TIMELINE_KINDS as readonly string[]).includes(kind))
    return null;
  return { at, kind: kind as TimelineKind, id };
}
