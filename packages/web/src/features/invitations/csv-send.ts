// A CSV upload of recipients as the server takes it: the file as text/csv, the other settings of the send in
// the query (subject.vi=…, message.en=…, reminders.count=2), and the rows it refused as lines of the file.
import type { RowError } from "@touchpoint/core";
import { ApiError } from "../../api/client.ts";
import type { SendInvitationsRequest } from "./invitations-queries.ts";
import type { BadLine } from "./recipient-lines.ts";

export type SendSettings = Omit<SendInvitationsRequest, "recipients">;

/** The query the server reads back into the settings a JSON body would carry. */
export function settingsQuery(settings: SendSettings): URLSearchParams {
  const query = new URLSearchParams();
  for (const [language, text] of Object.entries(settings.subject ?? {}))
    query.set(`subject.${language}`, text);
  for (const [language, text] of Object.entries(settings.message ?? {}))
    query.set(`message.${language}`, text);
  if (settings.reminders) {
    query.set("reminders.count", String(settings.reminders.count));
    query.set("reminders.intervalHours", String(settings.reminders.intervalHours));
  }
  return query;
}

/**
 * The rows of a refused send (422 no_valid_recipients), whose errors arrive as "rows.<row>.<field>"; any
 * other error has none.
 */
export function rowErrorsOf(error: unknown): RowError[] {
  if (!(error instanceof ApiError) || error.code !== "no_valid_recipients") return [];
  const rows = new Map<number, RowError>();
  for (const { path, message } of error.fieldErrors) {
    const match = /^rows\.(\d+)\.?(.*)$/.exec(path);
    if (!match) continue;
    const row = Number(match[1]);
    const entry = rows.get(row) ?? { row, errors: [] };
    entry.errors.push({ path: match[2] ?? "", message });
    rows.set(row, entry);
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}

/**
 * Refused rows as lines of the file, each with the server's reasons and the line's text. A row is its line
 * number in the file (the header is line 1); a quoted cell spanning lines makes the shown text its last line.
 */
export function badLinesOf(errors: RowError[], csv: string): BadLine[] {
  const lines = csv.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  return errors.map(({ row, errors: reasons }) => ({
    line: row,
    text: lines[row - 1]?.trim() ?? "",
    reason: reasons
      .map((reason) => (reason.path ? `${reason.path}: ${reason.message}` : reason.message))
      .join("; "),
  }));
}
