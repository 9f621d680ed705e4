// `touchpoint customers …`: customer profiles from the command line. `import` streams a CSV of customers
// into a workspace, resolving each row by external id, email or phone, with a progress bar and a report
// of bad rows by line (optionally written to a CSV).
import { once } from "node:events";
import { createWriteStream, readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import {
  type CustomerImportReport,
  importCustomers,
  type RowError,
} from "../../modules/customers/customer-import.ts";
import { columnMappingSchema, mappingFromFlags } from "../../modules/customers/customer-import-mapping.ts";
import { eraseCustomer } from "../../modules/customers/erase-customer.ts";
import { mergeCustomers } from "../../modules/customers/merge-customers.ts";
import type { CustomerMerge } from "../../modules/customers/merge-shapes.ts";
import { undoMerge } from "../../modules/customers/merge-undo.ts";
import type { Caller } from "../../modules/platform/caller.ts";
import * as platformRepo from "../../modules/platform/repo.ts";
import { slugify } from "../../modules/platform/workspaces.ts";
import { systemClock } from "../../platform/clock.ts";
import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/database.ts";
import { NotFoundError, ValidationError } from "../../platform/errors.ts";
import { openMigratedDatabase, resolveSecret } from "../../platform/runtime.ts";
import { checkReadable, importFile } from "../file-import.ts";
import { parseOption } from "./parse-option.ts";

export function registerCustomerCommands(program: Command, config: () => Config) {
  const customers = program.command("customers").description("Work with customer profiles");
  registerMergeAndPrivacyCommands(customers, config);
  customers
    .command("import")
    .description(
      "Import customers from a CSV (streamed; each row finds its customer by external id, email or phone, or creates one; bad rows are reported by line, good rows kept)",
    )
    .argument(
      "<file>",
      "CSV with a header line (, or ; separated): external_id, external_system, email, phone, name, language, tags, attr.<key>, consent.<channel>, pref.<key>",
    )
    .requiredOption("--workspace <slug>", "workspace slug")
    .option(
      "--map <column=field>",
      'map a column to a field, e.g. --map "Số điện thoại=phone" --map "Hạng=attr.tier" (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option(
      "--mapping <file.json>",
      'a JSON object of column → field: {"Họ tên": "name", "Hạng": "attr.tier"}',
    )
    .option("--errors <file.csv>", "also write every bad row (line, column, message) to this CSV")
    .action(
      async (
        file: string,
        options: { workspace: string; map: string[]; mapping?: string; errors?: string },
      ) => {
        checkReadable(file);
        const mapping = {
          ...(options.mapping ? readMappingFile(options.mapping) : {}),
          ...mappingFromFlags(options.map),
        };
        const errors = options.errors ? errorsFile(options.errors) : undefined;
        const database = await openMigratedDatabase(config(), "touchpoint customers import");
        try {
          const workspace = await platformRepo.findWorkspaceBySlug(database.db, slugify(options.workspace));
          if (!workspace) throw new NotFoundError(`Workspace "${options.workspace}"`);
          // importFile prints the shared summary; the customers' own counts follow it.
          let report: CustomerImportReport | undefined;
          await importFile(file, async (source, onProgress) => {
            report = await importCustomers({ database, clock: systemClock }, workspace.id, source, {
              fileName: path.basename(file),
              mapping,
              onProgress: (progress) => onProgress(progress.rows),
              ...(errors ? { onRowError: errors.write } : {}),
            });
            return report;
          });
          if (!report) return;
          const suggestions = report.mergeSuggestions
            ? `; ${report.mergeSuggestions} rows named two customers and left a merge suggestion`
            : "";
          console.log(`${report.created} customers created, ${report.updated} updated${suggestions}.`);
        } finally {
          await errors?.close();
          await database.close();
        }
      },
    );
}

function readMappingFile(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ValidationError(`Cannot read the mapping file ${file}: ${(error as Error).message}`, [
      { path: "--mapping", message: "must be a readable JSON file" },
    ]);
  }
  return parseOption("--mapping", columnMappingSchema, json);
}

const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A CSV of bad rows, one line per problem, written as they are found (the file is never held in memory). */
function errorsFile(file: string) {
  const stream = createWriteStream(file);
  stream.write("line,column,message\n");
  return {
    write: async (error: RowError) => {
      for (const problem of error.errors) {
        const line = `${error.row},${csvCell(problem.path)},${csvCell(problem.message)}\n`;
        if (!stream.write(line)) await once(stream, "drain");
      }
    },
    close: async () => {
      stream.end();
      await once(stream, "finish");
    },
  };
}

// merge, unmerge, erase: the same use cases as the API, audited under "CLI customers <command>".

/** The workspace's owner-level caller for a CLI command, named in the audit log by the command. */
async function cliCaller(database: Database, workspaceSlug: string, command: string): Promise<Caller> {
  const workspace = await platformRepo.findWorkspaceBySlug(database.db, slugify(workspaceSlug));
  if (!workspace) throw new NotFoundError(`Workspace "${workspaceSlug}"`);
  return {
    kind: "api_key",
    workspaceId: workspace.id,
    role: "owner",
    userId: null,
    apiKeyId: null,
    label: `CLI customers ${command}`,
    session: null,
    requestId: null,
  };
}

/** Opens the database, runs the command as the workspace's CLI caller, closes the database. */
async function withCaller(
  config: () => Config,
  workspace: string,
  command: string,
  run: (database: Database, caller: Caller) => Promise<void>,
) {
  const database = await openMigratedDatabase(config(), `touchpoint customers ${command}`);
  try {
    await run(database, await cliCaller(database, workspace, command));
  } finally {
    await database.close();
  }
}

const describeMoved = (merge: CustomerMerge) =>
  Object.entries(merge.moved)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(", ");

function registerMergeAndPrivacyCommands(customers: Command, config: () => Config) {
  customers
    .command("merge")
    .description("Merge a customer into another: its history moves to the survivor (undoable with unmerge)")
    .argument("<survivor>", "id of the customer that stays")
    .argument("<merged>", "id of the customer merged into it")
    .requiredOption("--workspace <slug>", "workspace slug")
    .action(async (survivorId: string, mergedId: string, options: { workspace: string }) =>
      withCaller(config, options.workspace, "merge", async (database, caller) => {
        const { merge } = await mergeCustomers(
          { database, clock: systemClock },
          caller,
          survivorId,
          mergedId,
        );
        const filled = merge.filled.length > 0 ? `; filled ${merge.filled.join(", ")}` : "";
        console.log(`Merged ${mergedId} into ${survivorId}: moved ${describeMoved(merge)}${filled}.`);
        console.log(`Undo with: touchpoint customers unmerge ${merge.id} --workspace ${options.workspace}`);
      }),
    );
  customers
    .command("unmerge")
    .description("Undo a merge: what it moved goes back (the latest merge of a customer first)")
    .argument("<merge>", "id of the merge (GET /customers/{id}/merges lists them)")
    .requiredOption("--workspace <slug>", "workspace slug")
    .action(async (mergeId: string, options: { workspace: string }) =>
      withCaller(config, options.workspace, "unmerge", async (database, caller) => {
        const { merge } = await undoMerge({ database, clock: systemClock }, caller, mergeId);
        console.log(`Undid merge ${merge.id}: ${merge.mergedId} is a customer of its own again.`);
      }),
    );
  customers
    .command("erase")
    .description("Erase a customer's personal data everywhere; irreversible (counts and scores stay)")
    .argument("<customer>", "id of the customer")
    .requiredOption("--workspace <slug>", "workspace slug")
    .option("--yes", "confirm: the erasure cannot be undone")
    .action(async (customerId: string, options: { workspace: string; yes?: boolean }) => {
      if (!options.yes) {
        throw new ValidationError("Erasing cannot be undone: add --yes to confirm.", [
          { path: "--yes", message: "required" },
        ]);
      }
      await withCaller(config, options.workspace, "erase", async (database, caller) => {
        const secret = resolveSecret(config());
        const erasure = await eraseCustomer({ database, clock: systemClock, secret }, caller, customerId);
        const counts = Object.entries(erasure.erased)
          .map(([kind, count]) => `${count} ${kind}`)
          .join(", ");
        console.log(`Erased customer ${customerId} at ${erasure.erasedAt}: ${counts}.`);
      });
    });
}
