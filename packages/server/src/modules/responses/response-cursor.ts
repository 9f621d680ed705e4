// Sort orders of the responses list and their cursors: where a page ended, as an opaque string.

export const RESPONSE_SORTS = ["-created_at", "created_at", "-submitted_at", "submitted_at"] as const;
export type ResponseSort = (typeof RESPONSE_SORTS)[number];

/** The sort key of a response: its id (arrival), and its completion time as the database wrote it. */
export interface ResponsePosition {
  id: string;
  /** ISO 8601 with the database's full (microsecond) precision, so a page never splits a tie; null if partial. */
  completedAt: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}(?::\d{2}){0,2})$/;

export const bySubmission = (sort: ResponseSort) => sort.endsWith("submitted_at");

/**
 * Arrival order keeps the plain id as its cursor (what clients already hold); completion order needs the
 * time as well, sent as base64url of `<completedAt>|<id>` (empty time for a partial response).
 */
export function encodeCursor(sort: ResponseSort, position: ResponsePosition): string {
  if (!bySubmission(sort)) return position.id;
  return Buffer.from(`${position.completedAt ?? ""}|${position.id}`).toString("base64url");
}

/** The position a cursor names, or null when it is not a cursor of this sort order. */
export function decodeCursor(sort: ResponseSort, cursor: string): ResponsePosition | null {
  if (!bySubmission(sort)) return UUID.test(cursor) ? { id: cursor, completedAt: null } : null;
  const [completedAt, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (rest.length > 0 || id === undefined || !UUID.test(id)) return null;
  if (completedAt === "") return { id, completedAt: null };
  return completedAt !== undefined && TIMESTAMP.test(completedAt) ? { id, completedAt } : null;
}
