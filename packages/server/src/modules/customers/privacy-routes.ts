// HTTP routes of data-subject requests (/api/v1): export everything held about a customer, and erase it.
// Both are personal data in bulk or gone for good: owners and admins only (customers.erase), audited.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { eraseCustomer, type PrivacyDeps } from "./erase-customer.ts";
import { exportCustomer } from "./export-customer.ts";
import { customerExportSchema, erasureSchema } from "./privacy-shapes.ts";
import { customerParams, customerProblems } from "./routes.ts";

export function registerPrivacyRoutes(api: FastifyInstance, deps: PrivacyDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["customers"];

  app.get(
    "/customers/:id/export",
    {
      config: { permission: "customers.erase" },
      schema: {
        tags,
        summary:
          "Everything held about a customer as one JSON document (streamed), for a data subject's access request; audited",
        params: customerParams,
        response: { 200: customerExportSchema, ...customerProblems },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const document = await exportCustomer(deps, callerOf(request), id);
      // A stream is sent as it is read; the schema above documents it, it does not serialise it.
      return reply
        .type("application/json; charset=utf-8")
        .header("content-disposition", `attachment; filename="customer-${id}.json"`)
        .send(document as never);
    },
  );

  app.post(
    "/customers/:id/erase",
    {
      config: { permission: "customers.erase" },
      schema: {
        tags,
        summary:
          "Erase a customer's personal data everywhere (aggregates stay); irreversible; again answers the same; audited",
        params: customerParams,
        response: { 200: erasureSchema, ...customerProblems },
      },
    },
    async (request) => eraseCustomer(deps, callerOf(request), request.params.id),
  );
}
