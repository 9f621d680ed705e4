// HTTP routes of a workspace's text settings (/api/v1/text/settings): the longest text analysed.
import { problemSchema, textSettingsInputSchema, textSettingsSchema } from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import type { ExplorerDeps } from "./explorer-routes.ts";
import { getTextSettings, putTextSettings } from "./text-settings.ts";

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 422: problemSchema };

export function registerTextSettingsRoutes(api: FastifyInstance, deps: ExplorerDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["text"];

  app.get(
    "/text/settings",
    {
      // Whoever may analyse texts may know the limit they are held to.
      config: { permission: "workspace.read" },
      schema: {
        tags,
        summary: "The workspace's text settings: the longest text analysed (default 10,000 characters)",
        response: { 200: textSettingsSchema, ...problems },
      },
    },
    async (request) => getTextSettings(deps, callerOf(request)),
  );

  app.put(
    "/text/settings",
    {
      config: { permission: "text.manage" },
      schema: {
        tags,
        summary: "Change the longest text analysed (100–100,000 characters); audited",
        body: textSettingsInputSchema,
        response: { 200: textSettingsSchema, ...problems },
      },
    },
    async (request) => putTextSettings(deps, callerOf(request), request.body),
  );
}
