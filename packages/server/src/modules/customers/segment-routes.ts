// HTTP routes of segments (/api/v1/segments): define, change and remove them, their live count, and the
// builder's preview of a definition. Personas, which stand for segments, register theirs beside them.
import {
  listOf,
  segmentCountSchema,
  segmentInputSchema,
  segmentPreviewInputSchema,
  segmentPreviewSchema,
  segmentSchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { registerPersonaRoutes } from "./persona-routes.ts";
import { customerParams, customerProblems } from "./routes.ts";
import {
  countSegment,
  createSegment,
  deleteSegment,
  getSegment,
  listSegments,
  previewSegment,
  updateSegment,
} from "./segments.ts";
import type { CustomersDeps } from "./service.ts";

export function registerSegmentRoutes(api: FastifyInstance, deps: CustomersDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["segments"];
  const params = customerParams;
  const problems = customerProblems;

  app.get(
    "/segments",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary: "The workspace's segments, by name",
        response: { 200: listOf(segmentSchema), ...problems },
      },
    },
    async (request) => ({ items: await listSegments(deps, callerOf(request)) }),
  );

  app.post(
    "/segments",
    {
      config: { permission: "customers.manage" },
      schema: {
        tags,
        summary:
          "Define a segment: rules over attributes, tags, consent, latest scores and interactions; audited",
        body: segmentInputSchema,
        response: { 201: segmentSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSegment(deps, callerOf(request), request.body)),
  );

  app.post(
    "/segments/preview",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary: "The live count and first 20 customers of a definition, before it is saved",
        body: segmentPreviewInputSchema,
        response: { 200: segmentPreviewSchema, ...problems },
      },
    },
    async (request) => previewSegment(deps, callerOf(request), request.body.definition),
  );

  app.get(
    "/segments/:id",
    {
      config: { permission: "customers.read" },
      schema: { tags, summary: "A segment", params, response: { 200: segmentSchema, ...problems } },
    },
    async (request) => getSegment(deps, callerOf(request), request.params.id),
  );

  app.get(
    "/segments/:id/count",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary: "How many customers are in the segment now (its customers: GET /customers?segment=)",
        params,
        response: { 200: segmentCountSchema, ...problems },
      },
    },
    async (request) => countSegment(deps, callerOf(request), request.params.id),
  );

  app.put(
    "/segments/:id",
    {
      config: { permission: "customers.manage" },
      schema: {
        tags,
        summary: "Replace a segment's name, description and rules; audited",
        params,
        body: segmentInputSchema,
        response: { 200: segmentSchema, ...problems },
      },
    },
    async (request) => updateSegment(deps, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/segments/:id",
    {
      config: { permission: "customers.manage" },
      schema: {
        tags,
        summary: "Remove a segment; one a persona stands for is a 409; audited",
        params,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await deleteSegment(deps, callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  registerPersonaRoutes(api, deps);
}
