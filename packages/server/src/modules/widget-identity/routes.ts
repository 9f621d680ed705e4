// HTTP routes of widget identity verification (/api/v1): the workspace's secret, read and rotated by its
// owners and admins only, since anyone holding it can claim to be any customer in the widget.
import { problemSchema } from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { rotateWidgetIdentitySecret, type WidgetIdentityDeps, widgetIdentitySecretOf } from "./service.ts";

const problems = { 401: problemSchema, 403: problemSchema };
const secretSchema = z.object({
  /** Sign a visitor's id with it on your server: hex HMAC-SHA256(secret, id), sent as userHash. */
  secret: z.string(),
  createdAt: z.iso.datetime(),
});

export function registerWidgetIdentityRoutes(api: FastifyInstance, deps: WidgetIdentityDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["widget"];

  app.get(
    "/widget-identity-secret",
    {
      config: { permission: "workspace.manage" },
      schema: {
        tags,
        summary:
          "The workspace's widget identity secret, for signing visitor ids (userHash); created on first read, audited",
        response: { 200: secretSchema, ...problems },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return widgetIdentitySecretOf(deps, callerOf(request));
    },
  );

  app.post(
    "/widget-identity-secret/rotate",
    {
      config: { permission: "workspace.manage" },
      schema: {
        tags,
        summary:
          "Replace the widget identity secret; userHashes signed with the old one stop verifying; audited",
        response: { 200: secretSchema, ...problems },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return rotateWidgetIdentitySecret(deps, callerOf(request));
    },
  );
}
