// `touchpoint` CLI: serve, worker, migrate, user, api-key, seed, imports, text, analytics. Every command has --help.
import { Command } from "commander";
import { ConfigError, loadConfig } from "../platform/config.ts";
import { DataDirLockedError } from "../platform/db/data-dir-lock.ts";
import { DomainError } from "../platform/errors.ts";
import { registerAccountCommands } from "./commands/accounts.ts";
import { registerAnalyticsCommands } from "./commands/analytics.ts";
import { registerCustomerCommands } from "./commands/customers.ts";
import { registerInteractionCommands } from "./commands/interactions.ts";
import { registerResponseCommands } from "./commands/responses.ts";
import { registerSeedCommand } from "./commands/seed.ts";
import { registerServeCommands } from "./commands/serve.ts";
import { registerSurveyCommands } from "./commands/surveys.ts";
import { registerTextCommands } from "./commands/text.ts";

const program = new Command()
  .name("touchpoint")
  .description("Touchpoint — open-source Customer Experience Management")
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

/** Configuration is read when a command runs, so `--help` works even with a bad environment. */
const config = () => loadConfig();
registerServeCommands(program, config);
registerAccountCommands(program, config);
registerSurveyCommands(program, config);
registerResponseCommands(program, config);
registerInteractionCommands(program, config);
registerCustomerCommands(program, config);
registerTextCommands(program);
registerAnalyticsCommands(program, config);
registerSeedCommand(program, config);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else if (error instanceof DomainError) {
    const fields = error.errors?.map((e) => `${e.path}: ${e.message}`).join("; ");
    console.error(`${error.message}${fields ? ` (${fields})` : ""}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
