// Bulk import of interactions from CSV or JSONL, streamed: each row is checked on its own, good rows are
// stored in batches of 500 (one transaction each, the same path as the API's batches), bad rows are
// reported with their line and field paths, and rows whose event id is already stored count as duplicates.
import type { Readable } from "node:stream";
import { emptyImportReport, type ImportReport, recordRowFailure } from "../../platform/import/report.ts";
import { jsonlRows, NOT_JSON } from "../../platform/import/rows.ts";
import { type CheckedInteraction, checkInteraction } from "./interactions-check.ts";
import { csvInteractionRows } from "./interactions-csv.ts";
import { type InteractionsDeps, storeInteractions } from "./interactions-service.ts";

export const INTERACTION_IMPORT_FORMATS = ["csv", "jsonl"] as const;
export type InteractionImportFormat = (typeof INTERACTION_IMPORT_FORMATS)[number];

const BATCH_SIZE = 500;

export async function importInteractions(
  deps: InteractionsDeps,
  workspaceId: string,
  format: InteractionImportFormat,
  source: Readable,
  onProgress: (rows: number) => void = () => {},
): Promise<ImportReport> {
  const report = emptyImportReport();
  let batch: CheckedInteraction[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    const stored = await storeInteractions(deps, workspaceId, items);
    for (const { status } of stored) {
      if (status === "created") report.stored += 1;
      else report.duplicates += 1;
    }
    onProgress(report.rows);
  };
  const rows = format === "csv" ? csvInteractionRows(source) : jsonlRows(source);
  for await (const { line, input } of rows) {
    report.rows += 1;
    if (input === NOT_JSON) {
      recordRowFailure(report, line, [{ path: "", message: "not valid JSON" }]);
      continue;
    }
    const checked = checkInteraction(input);
    if (!checked.ok) {
      recordRowFailure(report, line, checked.errors);
      continue;
    }
    batch.push(checked.interaction);
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  return report;
}
