// `touchpoint analytics rebuild`: recomputes the analytics rollups from the raw responses (after an upgrade,
// a repair, or a change of a workspace's time zone), survey by survey with a progress bar.
import type { Command } from "commander";
import { rebuildRollups } from "../../modules/analytics/rebuild.ts";
import { workspacesToRebuild } from "../../modules/analytics/rollup-repo.ts";
import * as platformRepo from "../../modules/platform/repo.ts";
import { slugify } from "../../modules/platform/workspaces.ts";
import { findSurveyByReference } from "../../modules/surveys/service.ts";
import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/database.ts";
import { NotFoundError, ValidationError } from "../../platform/errors.ts";
import { openMigratedDatabase } from "../../platform/runtime.ts";
import { progressBar } from "../progress-bar.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function findWorkspace(database: Database, reference: string) {
  const workspace = UUID.test(reference)
    ? await platformRepo.findWorkspace(database.db, reference)
    : await platformRepo.findWorkspaceBySlug(database.db, slugify(reference));
  if (!workspace) throw new NotFoundError(`Workspace "${reference}"`);
  return workspace;
}

export function registerAnalyticsCommands(program: Command, config: () => Config) {
  const analytics = program.command("analytics").description("Maintain the analytics rollups");
  analytics
    .command("rebuild")
    .description(
      "Recompute the rollups from the raw responses, in SQL, while responses keep arriving (each is counted once)",
    )
    .option("--workspace <slug|id>", "only this workspace (default: every workspace)")
    .option("--survey <id|slug>", "only this survey (needs --workspace)")
    .action(async (options: { workspace?: string; survey?: string }) => {
      if (options.survey && !options.workspace) {
        throw new ValidationError("--survey needs --workspace.", [
          { path: "--survey", message: "name the survey's workspace with --workspace" },
        ]);
      }
      const database = await openMigratedDatabase(config(), "touchpoint analytics rebuild");
      try {
        const workspaceIds = options.workspace
          ? [(await findWorkspace(database, options.workspace)).id]
          : await workspacesToRebuild(database.db);
        for (const workspaceId of workspaceIds) {
          let surveyId: string | undefined;
          if (options.survey) {
            const survey = await findSurveyByReference(database.db, workspaceId, options.survey);
            if (!survey) throw new NotFoundError(`Survey "${options.survey}"`);
            surveyId = survey.id;
          }
          const started = performance.now();
          console.error(`Workspace ${workspaceId}:`);
          const { surveys } = await rebuildRollups(
            database,
            { workspaceId, ...(surveyId ? { surveyId } : {}) },
            progressBar(),
          );
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          console.log(`Workspace ${workspaceId}: ${surveys} surveys rebuilt in ${seconds} s.`);
        }
      } finally {
        await database.close();
      }
    });
}
