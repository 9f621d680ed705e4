// `touchpoint user create` and `touchpoint api-key create`: scripted set-up of people and integrations.
import { emailSchema, passwordSchema, roleSchema } from "@touchpoint/core";
import type { Command } from "commander";
import { insertApiKey } from "../../modules/platform/api-keys.ts";
import { systemActor } from "../../modules/platform/caller.ts";
import * as repo from "../../modules/platform/repo.ts";
import {
  addMembership,
  ensureUser,
  findOrCreateWorkspace,
  slugify,
} from "../../modules/platform/workspaces.ts";
import type { Config } from "../../platform/config.ts";
import { NotFoundError, ValidationError } from "../../platform/errors.ts";
import { openMigratedDatabase } from "../../platform/runtime.ts";
import { parseOption } from "./parse-option.ts";

export function registerAccountCommands(program: Command, config: () => Config) {
  const user = program.command("user").description("Manage user accounts");
  user
    .command("create")
    .description("Create a user (or reuse the account of that email) and add it to a workspace with a role")
    .requiredOption("--email <email>", "login email")
    .requiredOption("--password <password>", "initial password (at least 10 characters)")
    .requiredOption("--workspace <name-or-slug>", "workspace; created when it does not exist")
    .option("--role <role>", "owner | admin | analyst | agent | viewer", "viewer")
    .option("--name <name>", "display name")
    .action(
      async (options: {
        email: string;
        password: string;
        workspace: string;
        role: string;
        name?: string;
      }) => {
        const email = parseOption("--email", emailSchema, options.email);
        const password = parseOption("--password", passwordSchema, options.password);
        const role = parseOption("--role", roleSchema, options.role);
        const database = await openMigratedDatabase(config(), "touchpoint user create");
        try {
          const { workspace, created } = await findOrCreateWorkspace(
            database,
            options.workspace,
            systemActor,
          );
          if (created) console.log(`Created workspace "${workspace.slug}".`);
          await database.transaction(async (tx) => {
            const ensured = await ensureUser(tx, { email, password, name: options.name });
            await addMembership(tx, workspace.id, ensured.user.id, role, systemActor);
            if (!ensured.created)
              console.log(`${email} already had an account; its password was left unchanged.`);
          });
          console.log(`${email} is now ${role} of "${workspace.slug}".`);
        } finally {
          await database.close();
        }
      },
    );

  const apiKey = program.command("api-key").description("Manage API keys");
  apiKey
    .command("create")
    .description("Create an API key for a workspace; the key is printed once and never stored")
    .requiredOption("--workspace <slug>", "workspace slug")
    .option("--role <role>", "owner | admin | analyst | agent | viewer", "analyst")
    .option("--name <name>", "what the key is for", "cli")
    .action(async (options: { workspace: string; role: string; name: string }) => {
      const role = parseOption("--role", roleSchema, options.role);
      if (!options.name.trim())
        throw new ValidationError("--name must not be empty", [{ path: "--name", message: "empty" }]);
      const database = await openMigratedDatabase(config(), "touchpoint api-key create");
      try {
        const workspace = await repo.findWorkspaceBySlug(database.db, slugify(options.workspace));
        if (!workspace) throw new NotFoundError(`Workspace "${options.workspace}"`);
        const created = await database.transaction((tx) =>
          insertApiKey(tx, workspace.id, { name: options.name.trim(), role }, systemActor, null),
        );
        console.error(
          `API key "${created.apiKey.name}" (${role}) for "${workspace.slug}" — copy it now, it is not shown again:`,
        );
        console.log(created.key);
      } finally {
        await database.close();
      }
    });
}
