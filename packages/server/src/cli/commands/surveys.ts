// `touchpoint survey import | export`: survey definitions from and to files.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { Caller } from "../../modules/platform/caller.ts";
import * as platformRepo from "../../modules/platform/repo.ts";
import { slugify } from "../../modules/platform/workspaces.ts";
import { exportSurvey, importSurvey } from "../../modules/surveys/import-export.ts";
import { findSurveyByReference } from "../../modules/surveys/service.ts";
import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/database.ts";
import { NotFoundError } from "../../platform/errors.ts";
import { openMigratedDatabase } from "../../platform/runtime.ts";

async function cliCaller(database: Database, workspaceSlug: string, command: string): Promise<Caller> {
  const workspace = await platformRepo.findWorkspaceBySlug(database.db, slugify(workspaceSlug));
  if (!workspace) throw new NotFoundError(`Workspace "${workspaceSlug}"`);
  return {
    kind: "api_key",
    workspaceId: workspace.id,
    role: "owner",
    userId: null,
    apiKeyId: null,
    label: `CLI ${command}`,
    session: null,
    requestId: null,
  };
}

export function registerSurveyCommands(program: Command, config: () => Config) {
  const survey = program.command("survey").description("Import and export survey definitions");
  survey
    .command("import")
    .description(
      "Create a draft survey from a SurveyJS .json, Qualtrics .qsf, LimeSurvey .lss/.lsg or Touchpoint export",
    )
    .argument("<file>", "the survey file")
    .requiredOption("--workspace <slug>", "workspace slug")
    .action(async (file: string, options: { workspace: string }) => {
      const content = readFileSync(file, "utf8");
      const database = await openMigratedDatabase(config(), "touchpoint survey import");
      try {
        const caller = await cliCaller(database, options.workspace, "survey import");
        const result = await importSurvey({ database }, caller, path.basename(file), content);
        const questions = result.survey.definition.pages.reduce((n, page) => n + page.questions.length, 0);
        console.log(
          `Created draft "${result.survey.name}" (${result.survey.slug}, id ${result.survey.id}) with ${questions} questions.`,
        );
        for (const item of result.unmapped)
          console.log(`  not imported: ${item.what} at ${item.path} — ${item.reason}`);
        for (const warning of result.warnings) console.log(`  note: ${warning}`);
      } finally {
        await database.close();
      }
    });
  survey
    .command("export")
    .description("Write a survey's definition as Touchpoint JSON (re-importable)")
    .argument("<survey>", "survey id or slug")
    .requiredOption("--workspace <slug>", "workspace slug")
    .option("--output <file>", "file to write (default: standard output)")
    .action(async (reference: string, options: { workspace: string; output?: string }) => {
      const database = await openMigratedDatabase(config(), "touchpoint survey export");
      try {
        const caller = await cliCaller(database, options.workspace, "survey export");
        const found = await findSurveyByReference(database.db, caller.workspaceId, reference);
        if (!found) throw new NotFoundError(`Survey "${reference}"`);
        const { content } = await exportSurvey({ database }, caller, found.id);
        if (options.output) writeFileSync(options.output, content);
        else process.stdout.write(content);
      } finally {
        await database.close();
      }
    });
}
