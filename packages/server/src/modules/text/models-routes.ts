// HTTP routes of a workspace's trained text models (/api/v1/text/models): train one from the workspace's
// labels, list them with their held-out metrics, activate one (or roll back to an older one), or go back
// to the default model.
import {
  deactivateWorkspaceModelQuerySchema,
  problemSchema,
  trainWorkspaceModelInputSchema,
  workspaceModelListSchema,
  workspaceModelSchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import type { ExplorerDeps } from "./explorer-routes.ts";
import {
  activateWorkspaceModel,
  deactivateWorkspaceModel,
  listWorkspaceModels,
  trainWorkspaceModel,
} from "./workspace-models.ts";

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

export function registerModelRoutes(api: FastifyInstance, deps: ExplorerDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["text"];

  app.get(
    "/text/models",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "The workspace's trained text models with their held-out metrics, newest first",
        response: { 200: workspaceModelListSchema, ...problems },
      },
    },
    async (request) => listWorkspaceModels(deps, callerOf(request)),
  );

  app.post(
    "/text/models",
    {
      config: { permission: "text.manage" },
      schema: {
        tags,
        summary: "Train a topic or sentiment model on the workspace's labels, activate it and re-enrich",
        body: trainWorkspaceModelInputSchema,
        response: { 201: workspaceModelSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await trainWorkspaceModel(deps, callerOf(request), request.body.task)),
  );

  app.post(
    "/text/models/:id/activate",
    {
      config: { permission: "text.manage" },
      schema: {
        tags,
        summary: "Make a trained model the active one of its task (a rollback to an older one); re-enriches",
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: workspaceModelSchema, ...problems },
      },
    },
    async (request) => activateWorkspaceModel(deps, callerOf(request), request.params.id),
  );

  app.post(
    "/text/models/deactivate",
    {
      config: { permission: "text.manage" },
      schema: {
        tags,
        summary: "Go back to the default model of a task; re-enriches",
        querystring: deactivateWorkspaceModelQuerySchema,
        response: { 200: workspaceModelListSchema, ...problems },
      },
    },
    async (request) => deactivateWorkspaceModel(deps, callerOf(request), request.query.task),
  );
}
