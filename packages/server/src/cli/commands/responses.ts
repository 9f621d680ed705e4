// `touchpoint responses import`: streams a CSV, JSONL or Qualtrics CSV export of responses into a survey,
// with a progress bar and a per-row error report.
import { createReadStream, statSync } from "node:fs";
import { Transform } from "node:stream";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import * as platformRepo from "../../modules/platform/repo.ts";
import { slugify } from "../../modules/platform/workspaces.ts";
import { IMPORT_FORMATS, type ImportFormat, importResponses } from "../../modules/responses/import.ts";
import { findSurveyByReference } from "../../modules/surveys/service.ts";
import { systemClock } from "../../platform/clock.ts";
import type { Config } from "../../platform/config.ts";
import { NotFoundError, ValidationError } from "../../platform/errors.ts";
import { registerJobHandlers } from "../../platform/jobs/handlers.ts";
import { startJobQueue } from "../../platform/jobs/queue.ts";
import { openMigratedDatabase } from "../../platform/runtime.ts";

function formatOf(file: string, option: string | undefined): ImportFormat {
  const format =
    option ?? (/\.csv$/i.test(file) ? "csv" : /\.(jsonl|ndjson)$/i.test(file) ? "jsonl" : undefined);
  if (!IMPORT_FORMATS.some((known) => known === format)) {
    throw new ValidationError("Say --format csv, jsonl or qualtrics (or name the file .csv / .jsonl).", [
      { path: "--format", message: "unknown" },
    ]);
  }
  return format as ImportFormat;
}

export function registerResponseCommands(program: Command, config: () => Config) {
  const responses = program.command("responses").description("Work with survey responses");
  responses
    .command("import")
    .description(
      "Import responses from a CSV, JSONL or Qualtrics CSV export into a survey (streamed; bad rows are reported, good rows kept)",
    )
    .argument("<survey>", "survey id or slug")
    .argument(
      "<file>",
      "CSV (one column per question id), JSONL (one response object per line) or a Qualtrics CSV export",
    )
    .requiredOption("--workspace <slug>", "workspace slug")
    .option("--format <format>", "csv | jsonl | qualtrics (default: csv or jsonl from the file name)")
    .action(async (surveyRef: string, file: string, options: { workspace: string; format?: string }) => {
      const format = formatOf(file, options.format);
      const size = statSync(file).size;
      const database = await openMigratedDatabase(config(), "touchpoint responses import");
      const jobs = await startJobQueue(database, {
        workers: false,
        onError: (error) => console.error(error.message),
      });
      try {
        await registerJobHandlers(jobs, { database, clock: systemClock });
        const workspace = await platformRepo.findWorkspaceBySlug(database.db, slugify(options.workspace));
        if (!workspace) throw new NotFoundError(`Workspace "${options.workspace}"`);
        const survey = await findSurveyByReference(database.db, workspace.id, surveyRef);
        if (!survey) throw new NotFoundError(`Survey "${surveyRef}"`);
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
        const report = await importResponses(
          { database, jobs, clock: systemClock },
          workspace.id,
          survey.id,
          format,
          createReadStream(file).pipe(counter),
          (rows) => bar.update(read, { rows }),
        );
        bar.update(size, { rows: report.rows });
        bar.stop();
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
        if (report.failed > 0) process.exitCode = 2;
      } finally {
        await jobs.stop();
        await database.close();
      }
    });
}
