// Imports customers from a CSV, streamed: columns mapped to fields, each row checked on its own, good rows
// resolved and stored in batches (customer-import-batch.ts), bad rows reported by line and column. A bad
// row never stops the import; memory stays flat whatever the size of the file.
import type { Readable } from "node:stream";
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import { ValidationError } from "../../platform/errors.ts";
import { emptyImportReport, type ImportReport, recordRowFailure } from "../../platform/import/report.ts";
import { recordAudit } from "../platform/audit.ts";
import { type AuditActor, systemActor } from "../platform/caller.ts";
import { type BatchContext, IdentityRaceError, importBatch } from "./customer-import-batch.ts";
import { readCsv } from "./customer-import-csv.ts";
import { type ColumnMapping, mapColumns } from "./customer-import-mapping.ts";
import { type ImportRow, prepareRow } from "./customer-import-rows.ts";
import { listAttributeDefinitions } from "./repo.ts";

/** Rows per transaction: large enough to amortise round trips, small enough to keep locks short. */
const BATCH_ROWS = 500;
/** Identities locked per transaction at most: advisory locks share the server's lock table. */
const BATCH_IDENTITIES = 1500;
const ATTEMPTS = 3;

/** A bad row: the line it starts on (named `row` as in every import report) and what is wrong, by column. */
export type RowError = ImportReport["errors"][number];

/**
 * The shared import report (`stored` = created + updated; `duplicates` = rows whose customer already had
 * everything they say), with what is particular to customers.
 */
export interface CustomerImportReport extends ImportReport {
  /** Rows that created a customer. */
  created: number;
  /** Rows that found their customer (existing, or created by an earlier row of the file) and changed it. */
  updated: number;
  /** Rows that named two customers: they went to the first and left a merge suggestion. */
  mergeSuggestions: number;
  /** Notes on the file as a whole: columns not imported. */
  warnings: string[];
}

export interface CustomerImportOptions {
  /** The file's name: consent in it is recorded as given on "import <name>"; the timeline names it too. */
  fileName: string;
  mapping?: ColumnMapping;
  actor?: AuditActor;
  batchRows?: number;
  /** Called after each stored batch. */
  onProgress?: (report: CustomerImportReport) => void;
  /** Every row error as it is found (the report keeps only the first 1000): an errors file listens here. */
  onRowError?: (error: RowError) => void | Promise<void>;
}

export async function importCustomers(
  deps: { database: Database; clock: Clock },
  workspaceId: string,
  source: Readable,
  options: CustomerImportOptions,
): Promise<CustomerImportReport> {
  const definitions = await listAttributeDefinitions(deps.database.db, workspaceId);
  const csv = await readCsv(source);
  if (csv.header.length === 0) throw new ValidationError("The file is empty: it needs a header line.");
  const { columns, warnings } = mapColumns(csv.header, options.mapping ?? {}, definitions);
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const report: CustomerImportReport = {
    ...emptyImportReport(),
    created: 0,
    updated: 0,
    mergeSuggestions: 0,
    warnings,
  };
  const fail = async (error: RowError) => {
    recordRowFailure(report, error.row, error.errors);
    await options.onRowError?.(error);
  };
  const context = {
    workspaceId,
    consentSource: `import ${options.fileName}`,
    recordSource: `import:${options.fileName}`,
  };
  let batch: ImportRow[] = [];
  let identities = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await storeBatch(deps, context, batch);
    batch = [];
    identities = 0;
    report.created += result.created;
    report.updated += result.updated;
    report.stored += result.created + result.updated;
    report.duplicates += result.unchanged;
    report.mergeSuggestions += result.mergeSuggestions;
    for (const error of result.errors) await fail(error);
    options.onProgress?.(report);
  };
  for await (const record of csv.records) {
    report.rows += 1;
    if ("error" in record) {
      await fail({ row: record.line, errors: [{ path: "", message: record.error }] });
      continue;
    }
    if (record.cells.slice(csv.header.length).some((cell) => cell.trim() !== "")) {
      const message = `has ${record.cells.length} cells but the header has ${csv.header.length} columns`;
      await fail({ row: record.line, errors: [{ path: "", message }] });
      continue;
    }
    const prepared = prepareRow(columns, byKey, record.line, record.cells);
    if (!prepared.ok) {
      await fail({ row: prepared.line, errors: prepared.errors });
      continue;
    }
    batch.push(prepared.row);
    identities += prepared.row.identities.length;
    if (batch.length >= (options.batchRows ?? BATCH_ROWS) || identities >= BATCH_IDENTITIES) await flush();
  }
  await flush();
  const { errors: _errors, ...counts } = report;
  await recordAudit(deps.database.db, workspaceId, options.actor ?? systemActor, {
    action: "customers.import",
    targetType: "customer_import",
    targetId: null,
    after: { file: options.fileName, ...counts },
  });
  return report;
}

/** One batch in one transaction, retried when a concurrent writer got in its way (a deadlock, a race). */
async function storeBatch(
  deps: { database: Database; clock: Clock },
  context: Omit<BatchContext, "now">,
  rows: ImportRow[],
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.database.transaction((tx) =>
        importBatch(tx, { ...context, now: deps.clock.now() }, rows),
      );
    } catch (error) {
      if (attempt >= ATTEMPTS || !retryable(error)) throw error;
    }
  }
}

function retryable(error: unknown): boolean {
  if (error instanceof IdentityRaceError) return true;
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  // 40P01 deadlock_detected: updateCustomer locks a profile row before its identities, a batch after.
  return code === "40P01" || cause?.code === "40P01";
}
