// HTTP routes of customer profiles and attribute definitions (/api/v1). Merges, privacy, interactions,
// timeline, segments and personas register their own routes beside these.
import {
  attributeDefinitionSchema,
  customerInputSchema,
  customerPatchSchema,
  customerSchema,
  keySchema,
  listOf,
  pageOf,
  problemSchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { listSegmentCustomers } from "./segments.ts";
import {
  type CustomersDeps,
  createCustomer,
  defineAttribute,
  getCustomer,
  listAttributes,
  listCustomers,
  removeAttribute,
  updateCustomer,
} from "./service.ts";

export const customerProblems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
export const customerParams = z.strictObject({ id: z.uuid() });
const listQuery = z.strictObject({
  q: z.string().max(200).optional(),
  tag: z.string().max(64).optional(),
  /** Only the customers of this segment. */
  segment: z.uuid().optional(),
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function registerCustomerRoutes(api: FastifyInstance, deps: CustomersDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["customers"];

  app.get(
    "/customers",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary:
          "Search customers by name (with or without Vietnamese diacritics), email, phone or external id; segment= keeps a segment's",
        querystring: listQuery,
        response: { 200: pageOf(customerSchema), ...customerProblems },
      },
    },
    async (request) => {
      const { segment, ...query } = request.query;
      return segment
        ? listSegmentCustomers(deps, callerOf(request), segment, query)
        : listCustomers(deps, callerOf(request), query);
    },
  );

  app.post(
    "/customers",
    {
      config: { permission: "customers.manage" },
      schema: {
        tags,
        summary: "Create a customer; an identity another customer holds is a 409",
        body: customerInputSchema,
        response: { 201: customerSchema, ...customerProblems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCustomer(deps, callerOf(request), request.body)),
  );

  app.get(
    "/customers/:id",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary: "A customer; a merged one names the customer it was merged into (mergedInto)",
        params: customerParams,
        response: { 200: customerSchema, ...customerProblems },
      },
    },
    async (request) => getCustomer(deps, callerOf(request), request.params.id),
  );

  app.patch(
    "/customers/:id",
    {
      config: { permission: "customers.manage" },
      schema: {
        tags,
        summary: "Change a customer: identity lists replace, attributes and consent merge key by key",
        params: customerParams,
        body: customerPatchSchema,
        response: { 200: customerSchema, ...customerProblems },
      },
    },
    async (request) => updateCustomer(deps, callerOf(request), request.params.id, request.body),
  );

  app.get(
    "/customer-attributes",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary: "The customer attributes the workspace defines",
        response: { 200: listOf(attributeDefinitionSchema), ...customerProblems },
      },
    },
    async (request) => ({ items: await listAttributes(deps, callerOf(request)) }),
  );

  app.put(
    "/customer-attributes/:key",
    {
      config: { permission: "workspace.manage" },
      schema: {
        tags,
        summary: "Define a customer attribute, or relabel it (its type cannot change); audited",
        params: z.strictObject({ key: keySchema }),
        body: attributeDefinitionSchema.omit({ key: true }),
        response: { 200: attributeDefinitionSchema, ...customerProblems },
      },
    },
    async (request) => defineAttribute(deps, callerOf(request), { key: request.params.key, ...request.body }),
  );

  app.delete(
    "/customer-attributes/:key",
    {
      config: { permission: "workspace.manage" },
      schema: {
        tags,
        summary: "Remove an attribute definition (values already stored stay on profiles); audited",
        params: z.strictObject({ key: keySchema }),
        response: { 204: z.null(), ...customerProblems },
      },
    },
    async (request, reply) => {
      await removeAttribute(deps, callerOf(request), request.params.key);
      return reply.status(204).send(null);
    },
  );
}
