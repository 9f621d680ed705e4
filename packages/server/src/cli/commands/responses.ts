// `touchpoint responses import`: streams a CSV, JSONL or Qualtrics CSV export of responses into a survey,
// with a progress bar and a per-row error report.
import type { Command } from "commander";
import * as platformRepo from "../../modules/platform/repo.ts";
import { slugify } from "../../modules/platform/workspaces.ts";
import { IMPORT_FORMATS, importResponses } from "../../modules/responses/import.ts";
import { findSurveyByReference } from "../../modules/surveys/service.ts";
import { systemClock } from "../../platform/clock.ts";
import type { Config } from "../../platform/config.ts";
import { NotFoundError } from "../../platform/errors.ts";
import { registerJobHandlers } from "../../platform/jobs/handlers.ts";
import { startJobQueue } from "../../platform/jobs/queue.ts";
import { openMigratedDatabase } from "../../platform/runtime.ts";
import { checkReadable, fileFormat, importFile } from "../file-import.ts";

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
      const format = fileFormat(file, options.format, IMPORT_FORMATS);
      checkReadable(file);
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
        await importFile(file, (source, onProgress) =>
          importResponses(
            { database, jobs, clock: systemClock },
            workspace.id,
            survey.id,
            format,
            source,
            onProgress,
          ),
        );
      } finally {
        await jobs.stop();
        await database.close();
      }
    });
}
