// The route-level guard: every route declares `config.permission` (or `config.public`), and this one hook
// authenticates the caller and checks the declarative permission table. Handlers never check roles.
import { can, type Permission } from "@touchpoint/core";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { authenticateApiKey, authenticateSession, type PlatformDeps } from "../../modules/platform/auth.ts";
import type { Caller } from "../../modules/platform/caller.ts";
import { DomainError, ForbiddenError, UnauthorizedError } from "../errors.ts";

export const SESSION_COOKIE = "tp_session";
export const CSRF_COOKIE = "tp_csrf";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Reachable without authentication. */
    public?: boolean;
    /** Reachable with authentication; a permission, when named, must be granted to the caller's role. */
    permission?: Permission | "authenticated";
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

async function authenticate(deps: PlatformDeps, request: FastifyRequest): Promise<Caller | null> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1])
      throw new UnauthorizedError("Use the header Authorization: Bearer <API key>.", "invalid_api_key");
    return authenticateApiKey(deps, match[1], request.id);
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const caller = await authenticateSession(deps, token, request.id);
  if (caller && !SAFE_METHODS.has(request.method)) {
    // Double-submit check: a cross-site form can send the cookie but cannot read it to set the header.
    if (request.headers[CSRF_HEADER] !== caller.session?.csrfToken) {
      throw new DomainError(
        403,
        "csrf_failed",
        "The CSRF token is missing or does not match; reload the page.",
      );
    }
  }
  return caller;
}

export function registerAuthGuard(app: FastifyInstance, deps: PlatformDeps) {
  app.decorateRequest("caller", null);
  app.addHook("onRequest", async (request) => {
    const config = request.routeOptions.config;
    const route = request.routeOptions.url;
    // The API fails closed; outside it (docs, assets, probes) and on unmatched URLs there is nothing to guard.
    if (!route?.startsWith("/api/v1/") || config.public) return;
    const caller = await authenticate(deps, request);
    if (!caller) throw new UnauthorizedError();
    request.caller = caller;
    const permission = config.permission;
    if (!permission) throw new Error(`route ${route} declares neither public nor permission`);
    if (permission !== "authenticated" && !can(caller.role, permission)) throw new ForbiddenError();
  });
}

/** The caller of a guarded route; the guard guarantees it is set. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new UnauthorizedError();
  return request.caller;
}
