// The rows of an import file as they stream in: JSONL lines and CSV records, each with its line number,
// so a file of a million rows passes through without ever being held in memory.
import type { Readable } from "node:stream";
import { CsvError, parse as parseCsv } from "csv-parse";
import { ValidationError } from "../errors.ts";

/** What a JSONL line that is not JSON reads as: the row fails, the import goes on. */
export const NOT_JSON = Symbol("not json");

export interface JsonlRow {
  line: number;
  /** The parsed line, or NOT_JSON. */
  input: unknown;
}

/** The non-blank lines of a JSONL (newline-delimited JSON) stream, parsed. */
export async function* jsonlRows(source: Readable): AsyncGenerator<JsonlRow> {
  let line = 0;
  let buffered = "";
  for await (const chunk of source.setEncoding("utf8")) {
    buffered += chunk as string;
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      const text = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      line += 1;
      if (text.trim()) yield { line, input: parseJsonLine(text) };
      newline = buffered.indexOf("\n");
    }
  }
  if (buffered.trim()) yield { line: line + 1, input: parseJsonLine(buffered) };
}

function parseJsonLine(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

export interface CsvRecord {
  /** The line the record starts on (a quoted cell may span several). */
  line: number;
  /** Cells by column name (names trimmed). */
  cells: Record<string, string>;
}

/**
 * The records of a CSV whose first row names the columns. `onHeader` sees the names before the first
 * record, so a reader can refuse columns it does not know once rather than on every row.
 */
export async function* csvRecords(
  source: Readable,
  onHeader: (columns: string[]) => void = () => {},
): AsyncGenerator<CsvRecord> {
  const parser = source.pipe(
    parseCsv({
      columns: (header: string[]) => {
        const names = header.map((name) => name.trim());
        onHeader(names);
        return names;
      },
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      // info.lines is where the record ends; line breaks inside quoted cells move its start back.
      let breaks = 0;
      for (const cell of Object.values(record)) {
        for (let at = cell.indexOf("\n"); at >= 0; at = cell.indexOf("\n", at + 1)) breaks += 1;
      }
      yield { line: info.lines - breaks, cells: record };
    }
  } catch (error) {
    // A file csv-parse cannot read on (a quote never closed) is the sender's mistake, not ours: a 400.
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ValidationError(`The CSV cannot be read past line ${line ?? "?"}: ${error.message}`, [
        { path: `line.${line ?? 0}`, message: error.code },
      ]);
    }
    throw error;
  }
}
