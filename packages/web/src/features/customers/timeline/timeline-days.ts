// A timeline grouped by day, as the profile shows it: days in the viewer's time zone, newest first, items in
// the order the API gave them (newest first, ties already ordered by the server).
import type { TimelineItem } from "@touchpoint/core";

export interface TimelineDay {
  /** The calendar day in the viewer's time zone, "YYYY-MM-DD". */
  day: string;
  items: TimelineItem[];
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM-DD" of an instant in a time zone (the browser's when not given). */
export function dayKeyOf(iso: string, timeZone?: string): string {
  const zone = timeZone ?? "";
  let format = dayFormats.get(zone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD; only the parts are read, so the locale is not shown to anyone.
    format = new Intl.DateTimeFormat("en-CA", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      ...(timeZone ? { timeZone } : {}),
    });
    dayFormats.set(zone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Items grouped by their day. Pages arrive newest first, so a day's items are usually together; an item
 * of an earlier day arriving late (it never should) still joins its day rather than opening a second one.
 */
export function groupTimelineByDay(items: readonly TimelineItem[], timeZone?: string): TimelineDay[] {
  const days = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const day = dayKeyOf(item.occurredAt, timeZone);
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  return [...days].map(([day, dayItems]) => ({ day, items: dayItems }));
}

/** "today" or "yesterday" relative to `today` ("YYYY-MM-DD"), else null: the heading then shows the date. */
export function relativeDayOf(day: string, today: string): "today" | "yesterday" | null {
  if (day === today) return "today";
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  return yesterday.toISOString().slice(0, 10) === day ? "yesterday" : null;
}
