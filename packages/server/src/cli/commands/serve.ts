// `touchpoint serve | worker | migrate`: the long-running processes and the schema migration.
import type { Command } from "commander";
import { systemClock } from "../../platform/clock.ts";
import { type Config, ConfigError } from "../../platform/config.ts";
import { registerJobHandlers } from "../../platform/jobs/handlers.ts";
import { startJobQueue } from "../../platform/jobs/queue.ts";
import { openMigratedDatabase, resolveSecret } from "../../platform/runtime.ts";
import { startServer } from "../../server.ts";

/** Resolves when the process is asked to stop; a second signal exits at once. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      process.once(signal, () => process.exit(130));
      resolve(signal);
    };
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  });
}

export function registerServeCommands(program: Command, config: () => Config) {
  program
    .command("serve")
    .description(
      "Start the web app, API and in-process job workers (embedded database unless DATABASE_URL is set)",
    )
    .option("--demo", "load the demo workspace before starting (changes nothing when already loaded)")
    .action(async (options: { demo?: boolean }) => {
      const stopRequested = untilSignal();
      const server = await startServer(config(), { demo: Boolean(options.demo) });
      const signal = await stopRequested;
      console.log(`${signal} received: finishing in-flight requests…`);
      await server.stop();
      console.log("Stopped.");
    });

  program
    .command("worker")
    .description("Run background job workers in their own process (needs DATABASE_URL: PostgreSQL)")
    .action(async () => {
      const cfg = config();
      if (!cfg.databaseUrl) {
        throw new ConfigError(
          "DATABASE_URL is required by touchpoint worker: the embedded database runs its workers inside serve.",
        );
      }
      const secret = resolveSecret(cfg);
      const stopRequested = untilSignal();
      const database = await openMigratedDatabase(cfg, "touchpoint worker");
      const jobs = await startJobQueue(database, {
        workers: true,
        onError: (error) => console.error(error.message),
      });
      await registerJobHandlers(jobs, { database, clock: systemClock, secret, config: cfg });
      console.log("Worker started; waiting for jobs.");
      await stopRequested;
      await jobs.stop();
      await database.close();
    });

  program
    .command("migrate")
    .description("Apply pending database migrations and exit")
    .action(async () => {
      const cfg = config();
      const database = await openMigratedDatabase(cfg, "touchpoint migrate");
      await database.close();
      console.log(`Database is up to date (${database.engine === "embedded" ? cfg.dataDir : "PostgreSQL"}).`);
    });
}
