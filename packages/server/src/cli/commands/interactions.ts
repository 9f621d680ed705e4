// `touchpoint interactions import`: streams a CSV or JSONL file of interactions into a workspace, with a
// progress bar and a per-row error report.
import type { Command } from "commander";
import {
  INTERACTION_IMPORT_FORMATS,
  importInteractions,
} from "../../modules/customers/interactions-import.ts";
import * as platformRepo from "../../modules/platform/repo.ts";
import { slugify } from "../../modules/platform/workspaces.ts";
import { systemClock } from "../../platform/clock.ts";
import type { Config } from "../../platform/config.ts";
import { NotFoundError } from "../../platform/errors.ts";
import { registerJobHandlers } from "../../platform/jobs/handlers.ts";
import { startJobQueue } from "../../platform/jobs/queue.ts";
import { openMigratedDatabase } from "../../platform/runtime.ts";
import { checkReadable, fileFormat, importFile } from "../file-import.ts";

export function registerInteractionCommands(program: Command, config: () => Config) {
  const interactions = program
    .command("interactions")
    .description("Work with interactions (logins, transfers, calls, complaints…)");
  interactions
    .command("import")
    .description(
      "Import interactions from a CSV or JSONL file (streamed; bad rows are reported, good rows kept, event ids already stored skipped)",
    )
    .argument(
      "<file>",
      "CSV (event_id, customer_email, channel, type, occurred_at, … meta.<key>) or JSONL (one interaction object per line)",
    )
    .requiredOption("--workspace <slug>", "workspace slug")
    .option("--format <format>", "csv | jsonl (default: from the file name)")
    .action(async (file: string, options: { workspace: string; format?: string }) => {
      const format = fileFormat(file, options.format, INTERACTION_IMPORT_FORMATS);
      checkReadable(file);
      const database = await openMigratedDatabase(config(), "touchpoint interactions import");
      // Enqueue only: notes are analysed (text.enrich) by the server's or a worker's job runner.
      const jobs = await startJobQueue(database, {
        workers: false,
        onError: (error) => console.error(error.message),
      });
      try {
        await registerJobHandlers(jobs, { database, clock: systemClock });
        const workspace = await platformRepo.findWorkspaceBySlug(database.db, slugify(options.workspace));
        if (!workspace) throw new NotFoundError(`Workspace "${options.workspace}"`);
        await importFile(file, (source, onProgress) =>
          importInteractions(
            { database, jobs, clock: systemClock },
            workspace.id,
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
