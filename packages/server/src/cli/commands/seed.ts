// `touchpoint seed --demo`: loads demo data with a progress bar.
import type { Command } from "commander";
import type { Config } from "../../platform/config.ts";
import { openMigratedDatabase } from "../../platform/runtime.ts";
import { printDemoLogins, seedDemo } from "../../seed/demo.ts";
import { progressBar } from "../progress-bar.ts";

export function registerSeedCommand(program: Command, config: () => Config) {
  program
    .command("seed")
    .description("Load data into the database")
    .option("--demo", "a demo workspace with one member per role")
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) {
        console.error("Nothing to seed: pass --demo.");
        process.exitCode = 1;
        return;
      }
      const database = await openMigratedDatabase(config(), "touchpoint seed");
      try {
        const workspace = await seedDemo(database, progressBar());
        printDemoLogins(workspace.slug, console.log);
      } finally {
        await database.close();
      }
    });
}
