// HTTP routes of personas (/api/v1/personas): named archetypes with goals, needs, pains, a quote and a
// picture, in Vietnamese and English, standing for segments of the workspace.
import { listOf, personaInputSchema, personaSchema } from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { createPersona, deletePersona, getPersona, listPersonas, updatePersona } from "./personas.ts";
import { customerParams, customerProblems } from "./routes.ts";
import type { CustomersDeps } from "./service.ts";

const listQuery = z.strictObject({ segmentId: z.uuid().optional() });

export function registerPersonaRoutes(api: FastifyInstance, deps: CustomersDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["personas"];
  const params = customerParams;
  const problems = customerProblems;

  app.get(
    "/personas",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary: "The workspace's personas, oldest first; segmentId= keeps those standing for that segment",
        querystring: listQuery,
        response: { 200: listOf(personaSchema), ...problems },
      },
    },
    async (request) => ({ items: await listPersonas(deps, callerOf(request), request.query) }),
  );

  app.post(
    "/personas",
    {
      config: { permission: "customers.manage" },
      schema: {
        tags,
        summary: "Create a persona; each of its segmentIds must be a segment of the workspace; audited",
        body: personaInputSchema,
        response: { 201: personaSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPersona(deps, callerOf(request), request.body)),
  );

  app.get(
    "/personas/:id",
    {
      config: { permission: "customers.read" },
      schema: { tags, summary: "A persona", params, response: { 200: personaSchema, ...problems } },
    },
    async (request) => getPersona(deps, callerOf(request), request.params.id),
  );

  app.put(
    "/personas/:id",
    {
      config: { permission: "customers.manage" },
      schema: {
        tags,
        summary: "Replace a persona; audited",
        params,
        body: personaInputSchema,
        response: { 200: personaSchema, ...problems },
      },
    },
    async (request) => updatePersona(deps, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/personas/:id",
    {
      config: { permission: "customers.manage" },
      schema: {
        tags,
        summary: "Remove a persona; audited",
        params,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await deletePersona(deps, callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
