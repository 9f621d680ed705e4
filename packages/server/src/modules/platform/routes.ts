// HTTP routes of the platform module: authentication, the caller, members, API keys, audit log.
import {
  addMemberInputSchema,
  apiKeySchema,
  auditEntrySchema,
  createApiKeyInputSchema,
  createdApiKeySchema,
  listOf,
  loginInputSchema,
  memberSchema,
  meSchema,
  pageOf,
  pageQuerySchema,
  problemSchema,
  switchWorkspaceInputSchema,
  updateMemberInputSchema,
} from "@touchpoint/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CSRF_COOKIE, callerOf, SESSION_COOKIE } from "../../platform/http/auth-guard.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.ts";
import { listAuditLog } from "./audit.ts";
import { describeCaller, login, logout, type PlatformDeps, switchWorkspace } from "./auth.ts";
import { addMember, changeMemberRole, listMembers, removeMember } from "./members.ts";

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const userIdParams = z.strictObject({ userId: z.uuid() });
const idParams = z.strictObject({ id: z.uuid() });

function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { sessionToken: string; csrfToken: string; expiresAt: Date },
) {
  const secure = request.protocol === "https";
  const common = { path: "/", sameSite: "lax" as const, secure, expires: session.expiresAt };
  reply.setCookie(SESSION_COOKIE, session.sessionToken, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function registerPlatformRoutes(api: FastifyInstance, deps: PlatformDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/auth/login",
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        tags: ["auth"],
        summary: "Log in with email and password",
        body: loginInputSchema,
        response: { 200: meSchema, 429: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.body, request.ip);
      setSessionCookies(request, reply, result);
      return result.me;
    },
  );

  app.post(
    "/auth/logout",
    {
      config: { permission: "authenticated" },
      schema: { tags: ["auth"], summary: "End the session", response: { 204: z.null(), ...problems } },
    },
    async (request, reply) => {
      await logout(deps, callerOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: "/" }).clearCookie(CSRF_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/me",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["auth"],
        summary: "The caller, its workspace and role",
        response: { 200: meSchema, ...problems },
      },
    },
    async (request) => describeCaller(deps, callerOf(request)),
  );

  app.post(
    "/auth/switch-workspace",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["auth"],
        summary: "Move the session to another workspace of the user",
        body: switchWorkspaceInputSchema,
        response: { 200: meSchema, ...problems },
      },
    },
    async (request) => switchWorkspace(deps, callerOf(request), request.body.workspaceId),
  );

  app.get(
    "/members",
    {
      config: { permission: "members.read" },
      schema: {
        tags: ["members"],
        summary: "Members of the workspace",
        response: { 200: listOf(memberSchema), ...problems },
      },
    },
    async (request) => ({ items: await listMembers(deps, callerOf(request)) }),
  );

  app.post(
    "/members",
    {
      config: { permission: "members.manage" },
      schema: {
        tags: ["members"],
        summary: "Add a person to the workspace",
        body: addMemberInputSchema,
        response: { 201: memberSchema, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await addMember(deps, callerOf(request), request.body)),
  );

  app.patch(
    "/members/:userId",
    {
      config: { permission: "members.manage" },
      schema: {
        tags: ["members"],
        summary: "Change a member's role",
        params: userIdParams,
        body: updateMemberInputSchema,
        response: { 200: memberSchema, ...problems },
      },
    },
    async (request) => changeMemberRole(deps, callerOf(request), request.params.userId, request.body.role),
  );

  app.delete(
    "/members/:userId",
    {
      config: { permission: "members.manage" },
      schema: {
        tags: ["members"],
        summary: "Remove a member",
        params: userIdParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await removeMember(deps, callerOf(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api-keys",
    {
      config: { permission: "api-keys.read" },
      schema: {
        tags: ["api-keys"],
        summary: "API keys of the workspace",
        response: { 200: listOf(apiKeySchema), ...problems },
      },
    },
    async (request) => ({ items: await listApiKeys(deps, callerOf(request)) }),
  );

  app.post(
    "/api-keys",
    {
      config: { permission: "api-keys.manage" },
      schema: {
        tags: ["api-keys"],
        summary: "Create an API key (the key is shown only in this response)",
        body: createApiKeyInputSchema,
        response: { 201: createdApiKeySchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiKey(deps, callerOf(request), request.body)),
  );

  app.delete(
    "/api-keys/:id",
    {
      config: { permission: "api-keys.manage" },
      schema: {
        tags: ["api-keys"],
        summary: "Revoke an API key at once",
        params: idParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await revokeApiKey(deps, callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/audit-log",
    {
      config: { permission: "audit.read" },
      schema: {
        tags: ["audit"],
        summary: "Administrative changes, newest first",
        querystring: pageQuerySchema,
        response: { 200: pageOf(auditEntrySchema), ...problems },
      },
    },
    async (request) => listAuditLog(deps.database.db, callerOf(request).workspaceId, request.query),
  );
}
