// HTTP routes of the contacts module (/api/v1): the workspace's contact policy, read by everyone in the
// workspace and changed by its owners and admins.
import { contactPolicySchema, problemSchema } from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { type ContactsDeps, contactPolicyOf, updateContactPolicy } from "./service.ts";

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 422: problemSchema };

export function registerContactRoutes(api: FastifyInstance, deps: ContactsDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["contacts"];

  app.get(
    "/contact-policy",
    {
      config: { permission: "workspace.read" },
      schema: {
        tags,
        summary: "The workspace's contact-frequency rule: days between two surveys to the same customer",
        response: { 200: contactPolicySchema, ...problems },
      },
    },
    async (request) => contactPolicyOf(deps.database.db, callerOf(request).workspaceId),
  );

  app.put(
    "/contact-policy",
    {
      config: { permission: "workspace.manage" },
      schema: {
        tags,
        summary: "Change the workspace's contact-frequency rule (0 days turns it off); audited",
        body: contactPolicySchema,
        response: { 200: contactPolicySchema, ...problems },
      },
    },
    async (request) => updateContactPolicy(deps, callerOf(request), request.body),
  );
}
