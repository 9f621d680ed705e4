// The report of a bulk import, the same for every kind of record: counts, and each bad row with its line
// and field paths, so nothing is dropped silently.
import { z } from "zod";
import type { FieldError } from "../errors.ts";

/** The report keeps this many row errors in full; `failed` counts them all. */
export const MAX_REPORTED_ERRORS = 1000;

export interface ImportReport {
  rows: number;
  stored: number;
  duplicates: number;
  failed: number;
  errors: { row: number; errors: FieldError[] }[];
  /** Rows left out on purpose (Qualtrics survey previews); not counted as failed. */
  skipped?: number;
  /** Notes on the file as a whole, each once: columns not imported, answers reduced to fit. */
  warnings?: string[];
}

export const importReportSchema = z.object({
  rows: z.number(),
  stored: z.number(),
  duplicates: z.number(),
  failed: z.number(),
  errors: z.array(
    z.object({ row: z.number(), errors: z.array(z.object({ path: z.string(), message: z.string() })) }),
  ),
  skipped: z.number().optional(),
  warnings: z.array(z.string()).optional(),
});

export function emptyImportReport(): ImportReport {
  return { rows: 0, stored: 0, duplicates: 0, failed: 0, errors: [] };
}

export function recordRowFailure(report: ImportReport, row: number, errors: FieldError[]) {
  report.failed += 1;
  if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push({ row, errors });
}
