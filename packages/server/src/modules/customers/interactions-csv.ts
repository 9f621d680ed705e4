// Reads a CSV of interactions into interaction inputs, one per record. Columns (snake_case, or the API's
// own names): event_id, customer_external_id, customer_email, customer_phone, customer_name, channel,
// touchpoint, type, occurred_at, outcome, effort, duration_seconds, agent, note, and meta.<key> for metadata.
import type { Readable } from "node:stream";
import { keySchema } from "@touchpoint/core";
import { ValidationError } from "../../platform/errors.ts";
import { csvRecords } from "../../platform/import/rows.ts";

type Target = { field: string } | { customer: string };

const COLUMNS: Record<string, Target> = {
  event_id: { field: "eventId" },
  customer_external_id: { customer: "externalId" },
  customer_email: { customer: "email" },
  customer_phone: { customer: "phone" },
  customer_name: { customer: "name" },
  channel: { field: "channel" },
  touchpoint: { field: "touchpoint" },
  type: { field: "type" },
  occurred_at: { field: "occurredAt" },
  outcome: { field: "outcome" },
  effort: { field: "effort" },
  duration_seconds: { field: "durationSeconds" },
  agent: { field: "agent" },
  note: { field: "note" },
};
const ALIASES: Record<string, Target> = {
  eventId: { field: "eventId" },
  occurredAt: { field: "occurredAt" },
  durationSeconds: { field: "durationSeconds" },
  "customer.externalId": { customer: "externalId" },
  "customer.email": { customer: "email" },
  "customer.phone": { customer: "phone" },
  "customer.name": { customer: "name" },
};
const NUMERIC = new Set(["effort", "durationSeconds"]);
const META = /^(?:meta|metadata)\.(.+)$/;

/** "4.5" and "4,5" (a Vietnamese spreadsheet's decimal comma) are numbers; anything else stays text for the schema to refuse. */
function numberOf(cell: string): number | string {
  return /^-?\d+(?:[.,]\d+)?$/.test(cell) ? Number(cell.replace(",", ".")) : cell;
}

export interface CsvInteractionRow {
  line: number;
  input: Record<string, unknown>;
}

/**
 * The records as interaction inputs (empty cells left out; metadata values stay text). A column that is
 * none of the above fails the file before any row is stored, since every row would lose it.
 */
export async function* csvInteractionRows(source: Readable): AsyncGenerator<CsvInteractionRow> {
  let unknown: string[] = [];
  const refuseUnknown = () => {
    if (unknown.length === 0) return;
    throw new ValidationError(
      `Unknown columns: ${unknown.join(", ")}. Name other data meta.<key> (key: letters, digits and _, starting with a letter) to keep it as metadata.`,
      unknown.map((column) => ({ path: `columns.${column}`, message: "unknown column" })),
    );
  };
  const records = csvRecords(source, (columns) => {
    unknown = columns.filter((column) => {
      if (COLUMNS[column] ?? ALIASES[column]) return false;
      const meta = META.exec(column)?.[1];
      return meta === undefined || !keySchema.safeParse(meta).success;
    });
  });
  let first = true;
  for await (const { line, cells } of records) {
    if (first) refuseUnknown();
    first = false;
    yield { line, input: inputOf(cells) };
  }
  refuseUnknown();
}

function inputOf(cells: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const customer: Record<string, string> = {};
  const metadata: Record<string, string> = {};
  for (const [column, raw] of Object.entries(cells)) {
    // A note keeps its own spacing and line breaks; every other cell is trimmed.
    const target = COLUMNS[column] ?? ALIASES[column];
    const cell = target && "field" in target && target.field === "note" ? raw : raw.trim();
    if (cell.trim() === "") continue;
    const meta = META.exec(column);
    if (meta?.[1]) metadata[meta[1]] = cell;
    else if (target && "customer" in target) customer[target.customer] = cell;
    else if (target) input[target.field] = NUMERIC.has(target.field) ? numberOf(cell) : cell;
  }
  if (Object.keys(customer).length > 0) input.customer = customer;
  if (Object.keys(metadata).length > 0) input.metadata = metadata;
  return input;
}
