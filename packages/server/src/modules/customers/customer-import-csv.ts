// Reads a CSV of customers as a stream: a UTF-8 BOM dropped, the delimiter ("," ";" or tab) taken from the
// header line, each record with the line it starts on, and a record the parser cannot read reported by
// its line instead of ending the file.
import { Readable } from "node:stream";
import { parse } from "csv-parse";

export type CsvRecord = { line: number; cells: string[] } | { line: number; error: string };

export interface CsvFile {
  header: string[];
  delimiter: string;
  /** The records after the header, in file order; rows whose cells are all empty are left out. */
  records: AsyncGenerator<CsvRecord>;
}

const DELIMITERS = [",", ";", "\t"];

/** The delimiter that occurs most often outside quotes in the header line; "," when none does. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** Reads chunks until the first line is complete, so the delimiter is known before parsing starts. */
async function firstLine(chunks: AsyncIterator<Buffer | string>) {
  const head: Buffer[] = [];
  let ended = false;
  while (true) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    if (chunk.includes(10) || chunk.includes(13)) break;
  }
  const text = Buffer.concat(head)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  return { head, ended, line: text.split(/\r?\n|\r/, 1)[0] ?? "" };
}

export async function readCsv(source: Readable): Promise<CsvFile> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const { head, ended, line } = await firstLine(chunks);
  const delimiter = detectDelimiter(line);
  async function* all() {
    yield* head;
    if (ended) return;
    while (true) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  }
  // Start lines are worked out while parsing (on_record and on_skip run in file order) and queued beside the
  // records, which come out in the same order; a skipped record's error waits for the next record.
  let lastLine = 0;
  let lastEmpty = 0;
  let skipped: CsvRecord[] = [];
  const positions: { line: number; before: CsvRecord[] }[] = [];
  const parser = Readable.from(all()).pipe(
    parse({
      delimiter,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped.push({ line: lastLine + 1, error: `cannot be read as CSV: ${error?.message ?? "unknown"}` });
        if (typeof error?.lines === "number") lastLine = error.lines;
        return undefined;
      },
      on_record: (cells, context) => {
        positions.push({ line: lastLine + 1 + (context.empty_lines - lastEmpty), before: skipped });
        lastLine = context.lines;
        lastEmpty = context.empty_lines;
        skipped = [];
        return cells;
      },
    }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await iterator.next();
  positions.shift();
  const header = first.done ? [] : first.value;
  async function* records(): AsyncGenerator<CsvRecord> {
    while (true) {
      const next = await iterator.next();
      if (next.done) break;
      const { line, before } = positions.shift() ?? { line: 0, before: [] };
      yield* before;
      if (next.value.every((cell) => cell.trim() === "")) continue;
      yield { line, cells: next.value };
    }
    yield* skipped;
  }
  return { header, delimiter, records: records() };
}
