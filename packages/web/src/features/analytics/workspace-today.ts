// "Today" as the workspace's calendar has it: analytics count days in the workspace's time zone, so date
// presets must count back from that date, not from the browser's, which differs around midnight.

/** The date of `now` in `timeZone`, YYYY-MM-DD. */
export function workspaceDate(now: Date, timeZone: string): string {
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/**
 * The workspace's date as a browser-local midnight, for helpers that read a Date's local calendar fields
 * (`lastDays`): the fields then carry the workspace's year, month and day.
 */
export function workspaceToday(now: Date, timeZone: string): Date {
  const [year, month, day] = workspaceDate(now, timeZone).split("-").map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}
