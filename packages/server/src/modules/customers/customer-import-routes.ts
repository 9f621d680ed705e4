// HTTP route of the customer import (/api/v1/customers/import): a CSV streamed in, imported by the same
// use case as `touchpoint customers import`, answered with the report (counts, bad rows by line).
import type { Readable } from "node:stream";
import { problemSchema } from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../platform/errors.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { acceptImportBodies, importBodyFormat } from "../../platform/http/import-bodies.ts";
import { importReportSchema } from "../../platform/import/report.ts";
import { actorOf } from "../platform/caller.ts";
import { importCustomers } from "./customer-import.ts";
import type { CustomersDeps } from "./service.ts";

const importQuery = z.strictObject({
  /** The uploaded file's name: consent in it is recorded as given on "import <name>", events name it too. */
  fileName: z.string().trim().min(1).max(200).default("upload.csv"),
});

export const customerImportReportSchema = importReportSchema.extend({
  created: z.number().int(),
  updated: z.number().int(),
  mergeSuggestions: z.number().int(),
  warnings: z.array(z.string()),
});

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  413: problemSchema,
  415: problemSchema,
};

export function registerCustomerImportRoutes(api: FastifyInstance, deps: CustomersDeps) {
  // Its own scope, so the CSV body stays a stream here whatever other modules parse it into.
  api.register(async (scope) => {
    acceptImportBodies(scope);
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.post(
      "/customers/import",
      {
        config: { permission: "customers.manage" },
        bodyLimit: 4 * 1024 ** 3,
        schema: {
          tags: ["customers"],
          summary:
            "Import customers from a CSV (text/csv), streamed, as `touchpoint customers import` does: each row finds its customer by external id, email or phone or creates one; bad rows are reported by line; audited",
          querystring: importQuery,
          response: { 200: customerImportReportSchema, ...problems },
        },
      },
      async (request) => {
        if (importBodyFormat(request.headers["content-type"]) !== "csv") {
          throw new DomainError(415, "unsupported_media_type", "Send the customers as text/csv.");
        }
        const caller = callerOf(request);
        return importCustomers(deps, caller.workspaceId, request.body as Readable, {
          fileName: request.query.fileName,
          actor: actorOf(caller),
        });
      },
    );
  });
}
