// HTTP routes of merges (/api/v1): merge two customers, list and undo merges, and the queue of merge
// suggestions. Accepting a suggestion is POST /customers/{id}/merge with the other customer.
import { listOf, pageOf } from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { mergeCustomers } from "./merge-customers.ts";
import { listMerges } from "./merge-log.ts";
import {
  customerMergeSchema,
  mergeRequestSchema,
  mergeResultSchema,
  mergeSuggestionSchema,
  SUGGESTION_STATUSES,
  undoResultSchema,
} from "./merge-shapes.ts";
import { undoMerge } from "./merge-undo.ts";
import { customerParams, customerProblems } from "./routes.ts";
import type { CustomersDeps } from "./service.ts";
import { dismissSuggestion, listSuggestions } from "./suggestions.ts";

const idParams = z.strictObject({ id: z.uuid() });
const suggestionQuery = z.strictObject({
  status: z.enum(SUGGESTION_STATUSES).default("open"),
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function registerMergeRoutes(api: FastifyInstance, deps: CustomersDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["customers"];

  app.post(
    "/customers/:id/merge",
    {
      config: { permission: "customers.merge" },
      schema: {
        tags,
        summary:
          "Merge another customer into this one: its history moves here, gaps in this profile are filled; undoable; audited",
        params: customerParams,
        body: mergeRequestSchema,
        response: { 200: mergeResultSchema, ...customerProblems },
      },
    },
    async (request) => mergeCustomers(deps, callerOf(request), request.params.id, request.body.customerId),
  );

  app.get(
    "/customers/:id/merges",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary: "The merges this customer took part in, newest first, and whether each can be undone now",
        params: customerParams,
        response: { 200: listOf(customerMergeSchema), ...customerProblems },
      },
    },
    async (request) => ({ items: await listMerges(deps, callerOf(request), request.params.id) }),
  );

  app.post(
    "/customer-merges/:id/undo",
    {
      config: { permission: "customers.merge" },
      schema: {
        tags,
        summary:
          "Undo a merge: what it moved goes back, what it filled is taken out; the latest merge of a customer first; audited",
        params: idParams,
        response: { 200: undoResultSchema, ...customerProblems },
      },
    },
    async (request) => undoMerge(deps, callerOf(request), request.params.id),
  );

  app.get(
    "/customer-merge-suggestions",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary: "Pairs of customers one record named both of, with the evidence, for a person to decide",
        querystring: suggestionQuery,
        response: { 200: pageOf(mergeSuggestionSchema), ...customerProblems },
      },
    },
    async (request) => listSuggestions(deps, callerOf(request), request.query),
  );

  app.post(
    "/customer-merge-suggestions/:id/dismiss",
    {
      config: { permission: "customers.merge" },
      schema: {
        tags,
        summary: "Dismiss a merge suggestion: the pair are different customers; audited",
        params: idParams,
        response: { 200: mergeSuggestionSchema, ...customerProblems },
      },
    },
    async (request) => dismissSuggestion(deps, callerOf(request), request.params.id),
  );
}
