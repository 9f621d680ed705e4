// `touchpoint seed --demo`: loads demo data with a progress bar.
import type { Command } from "commander";
import { systemClock } from "../../platform/clock.ts";
import type { Config } from "../../platform/config.ts";
import { registerJobHandlers } from "../../platform/jobs/handlers.ts";
import { startJobQueue } from "../../platform/jobs/queue.ts";
import { openMigratedDatabase } from "../../platform/runtime.ts";
import { printDemoLogins, seedDemo } from "../../seed/demo.ts";
import { progressBar } from "../progress-bar.ts";

export function registerSeedCommand(program: Command, config: () => Config) {
  program
    .command("seed")
    .description("Load data into the database")
    .option("--demo", "a demo bank workspace: members, customers and a year of survey responses")
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) {
        console.error("Nothing to seed: pass --demo.");
        process.exitCode = 1;
        return;
      }
      const cfg = config();
      const database = await openMigratedDatabase(cfg, "touchpoint seed");
      // No workers: the seed runs the jobs its own rows cause (runDue); anything else waits for serve or worker.
      const jobs = await startJobQueue(database, {
        workers: false,
        onError: (error) => console.error(error.message),
      });
      try {
        await registerJobHandlers(jobs, { database, clock: systemClock, config: cfg });
        const workspace = await seedDemo({ database, jobs, clock: systemClock }, progressBar());
        printDemoLogins(workspace.slug, console.log);
      } finally {
        await jobs.stop();
        await database.close();
      }
    });
}
