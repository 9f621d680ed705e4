// Running a bulk import from a file on the command line: the file streamed with a progress bar on stderr
// (bytes read), then each bad row with its line and fields, and a summary; exit code 2 when rows failed.
import { accessSync, constants, createReadStream, statSync } from "node:fs";
import { type Readable, Transform } from "node:stream";
import { SingleBar } from "cli-progress";
import { ValidationError } from "../platform/errors.ts";
import type { ImportReport } from "../platform/import/report.ts";

/** The format from --format, else from the file's extension (.csv, .jsonl, .ndjson). */
export function fileFormat<F extends string>(
  file: string,
  option: string | undefined,
  formats: readonly F[],
): F {
  const format =
    option ?? (/\.csv$/i.test(file) ? "csv" : /\.(jsonl|ndjson)$/i.test(file) ? "jsonl" : undefined);
  const known = formats.find((candidate) => candidate === format);
  if (!known) {
    const names = formats.length > 1 ? `${formats.slice(0, -1).join(", ")} or ${formats.at(-1)}` : formats[0];
    throw new ValidationError(`Say --format ${names} (or name the file .csv / .jsonl).`, [
      { path: "--format", message: "unknown" },
    ]);
  }
  return known;
}

/** Fails before any database is opened when the file cannot be read. */
export function checkReadable(file: string) {
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new ValidationError(`Cannot read ${file}.`, [
      { path: "<file>", message: "not found or not readable" },
    ]);
  }
}

/** Streams the file through `run` (which stores its rows) with a progress bar, then prints the report. */
export async function importFile(
  file: string,
  run: (source: Readable, onProgress: (rows: number) => void) => Promise<ImportReport>,
): Promise<ImportReport> {
  const size = statSync(file).size;
  const bar = new SingleBar({
    format: " {bar} {percentage}% | {rows} rows",
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  bar.start(size, 0, { rows: 0 });
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      read += chunk.length;
      callback(null, chunk);
    },
  });
  let report: ImportReport;
  try {
    report = await run(createReadStream(file).pipe(counter), (rows) => bar.update(read, { rows }));
    bar.update(size, { rows: report.rows });
  } finally {
    bar.stop();
  }
  printReport(report);
  if (report.failed > 0) process.exitCode = 2;
  return report;
}

function printReport(report: ImportReport) {
  for (const warning of report.warnings ?? []) console.error(`note: ${warning}`);
  for (const error of report.errors) {
    console.error(
      `row ${error.row}: ${error.errors.map((e) => `${e.path || "(row)"} ${e.message}`).join("; ")}`,
    );
  }
  if (report.failed > report.errors.length)
    console.error(`… and ${report.failed - report.errors.length} more rows with errors`);
  console.log(
    `${report.rows} rows: ${report.stored} stored, ${report.duplicates} already present, ${report.failed} failed${report.skipped ? `, ${report.skipped} skipped` : ""}.`,
  );
}
