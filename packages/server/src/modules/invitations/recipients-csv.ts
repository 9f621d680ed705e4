// Recipients from a CSV upload: a header row with email, name, language and hidden.<key> columns.
// Unknown columns are refused rather than ignored, so no value is dropped without the sender knowing.

import { MAX_RECIPIENTS, type RecipientInput } from "@touchpoint/core";
import { parse } from "csv-parse/sync";
import { DomainError } from "../../platform/errors.ts";
import type { SourceRecipient } from "./recipient-rows.ts";

const invalidCsv = (detail: string, errors?: { path: string; message: string }[]) =>
  new DomainError(422, "invalid_csv", detail, errors ? { errors } : {});

type Column = { kind: "email" | "name" | "language" } | { kind: "hidden"; key: string };

function columnOf(header: string): Column | undefined {
  const name = header.trim();
  const plain = name.toLowerCase();
  if (plain === "email" || plain === "name" || plain === "language") return { kind: plain };
  if (name.startsWith("hidden.") && name.length > "hidden.".length)
    return { kind: "hidden", key: name.slice("hidden.".length) };
  return undefined;
}

function readHeader(header: string[]): Column[] {
  const columns = header.map(columnOf);
  const unknown = header.filter((_, i) => !columns[i]);
  if (unknown.length > 0) {
    throw invalidCsv(
      "The CSV has columns Touchpoint does not know; use email, name, language and hidden.<key>.",
      unknown.map((name) => ({ path: `columns.${name}`, message: "unknown column" })),
    );
  }
  if (!columns.some((column) => column?.kind === "email"))
    throw invalidCsv("The CSV needs an email column.", [{ path: "columns.email", message: "is missing" }]);
  return columns as Column[];
}

function recipientOf(columns: Column[], cells: string[]): RecipientInput {
  const input: RecipientInput = { email: "" };
  const hidden: Record<string, string> = {};
  columns.forEach((column, i) => {
    const cell = cells[i] ?? "";
    if (column.kind === "hidden") {
      if (cell !== "") hidden[column.key] = cell;
    } else if (column.kind === "email") input.email = cell.trim();
    else if (cell.trim() !== "") input[column.kind] = cell.trim();
  });
  if (Object.keys(hidden).length > 0) input.hidden = hidden;
  return input;
}

export function parseRecipientsCsv(text: string): SourceRecipient[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with the line it was read from (the typings miss that option).
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw invalidCsv(`The CSV cannot be read: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw invalidCsv("The CSV is empty.");
  const columns = readHeader(header.record);
  if (rows.length === 0) throw invalidCsv("The CSV has a header but no recipients.");
  if (rows.length > MAX_RECIPIENTS) {
    throw new DomainError(
      422,
      "too_many_recipients",
      `One send takes at most ${MAX_RECIPIENTS} recipients; this file has ${rows.length}.`,
    );
  }
  return rows.map(({ record, info }) => ({ row: info.lines, input: recipientOf(columns, record) }));
}
