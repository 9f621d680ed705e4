// Logging in and out, and turning a session cookie or an API key into the Caller of a request.
import type { LoginInput, Me } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import { NotFoundError, TooManyRequestsError, UnauthorizedError } from "../../platform/errors.ts";
import { apiKeyCacheOf } from "./api-key-cache.ts";
import type { Caller } from "./caller.ts";
import { decoyPasswordHash, verifyPassword } from "./passwords.ts";
import * as repo from "./repo.ts";
import { API_KEY_PREFIX, hashToken, keyedHash, randomToken } from "./tokens.ts";

export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const SESSION_TTL_MS = 14 * 24 * 3_600_000;
/** last_used_at is a hint for people, not an access log: one write a minute per key and process is enough. */
const API_KEY_TOUCH_INTERVAL_MS = 60_000;

export interface PlatformDeps {
  database: Database;
  clock: Clock;
  /** The process secret; keys the login throttle so emails and IPs are not stored in the clear. */
  secret: string;
}

const invalidCredentials = () =>
  new UnauthorizedError("The email or password is not correct.", "invalid_credentials");

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  me: Me;
}

/** Same answer and the same work (one argon2 verify) whether or not the email exists. */
export async function login(deps: PlatformDeps, input: LoginInput, ip: string): Promise<LoginResult> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const throttleKey = keyedHash(deps.secret, `${input.email}|${ip}`);
  const throttle = await repo.findThrottle(db, throttleKey);
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  if (throttle && throttle.windowStartedAt > windowStart && throttle.failures >= LOGIN_MAX_FAILURES) {
    const retryAfter = Math.ceil(
      (throttle.windowStartedAt.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000,
    );
    throw new TooManyRequestsError(
      `Too many failed logins. Try again in ${retryAfter} seconds.`,
      Math.max(retryAfter, 1),
      "too_many_attempts",
    );
  }
  const user = await repo.findUserByEmail(db, input.email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  const workspaces = user && valid ? await repo.listWorkspacesOfUser(db, user.id) : [];
  const [first] = workspaces;
  if (!user || !valid || !first) {
    await repo.recordLoginFailure(db, throttleKey, now, windowStart);
    throw invalidCredentials();
  }
  await repo.clearLoginFailures(db, throttleKey);
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await repo.insertSession(db, {
    tokenHash: hashToken(sessionToken),
    userId: user.id,
    workspaceId: first.id,
    csrfToken,
    expiresAt,
  });
  return {
    sessionToken,
    csrfToken,
    expiresAt,
    me: {
      kind: "user",
      user: { id: user.id, email: user.email, name: user.name },
      apiKey: null,
      workspace: { id: first.id, slug: first.slug, name: first.name },
      timeZone: await timeZoneOf(deps, first.id),
      role: first.role,
      workspaces,
      csrfToken,
    },
  };
}

export async function logout(deps: PlatformDeps, caller: Caller) {
  if (caller.session) await repo.deleteSession(deps.database.db, caller.session.tokenHash);
}

export async function authenticateSession(
  deps: PlatformDeps,
  sessionToken: string,
  requestId: string | null,
): Promise<Caller | null> {
  const row = await repo.findSessionWithMembership(
    deps.database.db,
    hashToken(sessionToken),
    deps.clock.now(),
  );
  if (!row) return null;
  return {
    kind: "user",
    workspaceId: row.workspaceId,
    role: row.role,
    userId: row.userId,
    apiKeyId: null,
    label: row.email,
    session: { tokenHash: row.tokenHash, csrfToken: row.csrfToken },
    requestId,
  };
}

/**
 * The caller behind an API key. Keys are cached briefly (api-key-cache.ts): a key revoked in this process is
 * refused at once, one revoked by another process within API_KEY_CACHE_TTL_MS.
 */
export async function authenticateApiKey(
  deps: PlatformDeps,
  key: string,
  requestId: string | null,
): Promise<Caller> {
  if (!key.startsWith(API_KEY_PREFIX))
    throw new UnauthorizedError("The API key is not valid.", "invalid_api_key");
  const { db } = deps.database;
  const keyHash = hashToken(key);
  const apiKey = await apiKeyCacheOf(deps.database).getOrLoad(keyHash, async () => {
    const row = await repo.findApiKeyByHash(db, keyHash);
    if (!row || row.revokedAt) return undefined;
    const { id, workspaceId, role, name, lastUsedAt } = row;
    return { id, workspaceId, role, name, lastUsedAt };
  });
  if (!apiKey) throw new UnauthorizedError("The API key is not valid.", "invalid_api_key");
  const now = deps.clock.now();
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() > API_KEY_TOUCH_INTERVAL_MS) {
    // Noted before the write, so the requests that arrive meanwhile do not write it too.
    apiKey.lastUsedAt = now;
    await repo.touchApiKey(db, apiKey.workspaceId, apiKey.id, now);
  }
  return {
    kind: "api_key",
    workspaceId: apiKey.workspaceId,
    role: apiKey.role,
    userId: null,
    apiKeyId: apiKey.id,
    label: `API key ${apiKey.name}`,
    session: null,
    requestId,
  };
}

/** A workspace that vanished under a live session or key leaves nothing to answer for: unauthenticated. */
async function timeZoneOf(deps: PlatformDeps, workspaceId: string): Promise<string> {
  const timeZone = await repo.findWorkspaceTimeZone(deps.database.db, workspaceId);
  if (!timeZone) throw new UnauthorizedError();
  return timeZone;
}

export async function describeCaller(deps: PlatformDeps, caller: Caller): Promise<Me> {
  const { db } = deps.database;
  const found = await repo.findWorkspaceWithTimeZone(db, caller.workspaceId);
  if (!found) throw new UnauthorizedError();
  const { workspace, timeZone } = found;
  if (caller.kind === "api_key" || !caller.userId) {
    return {
      kind: "api_key",
      user: null,
      apiKey: { id: caller.apiKeyId ?? "", name: caller.label.replace(/^API key /, "") },
      workspace,
      timeZone,
      role: caller.role,
      workspaces: [{ ...workspace, role: caller.role }],
      csrfToken: null,
    };
  }
  const user = await repo.findUserById(db, caller.userId);
  if (!user) throw new UnauthorizedError();
  return {
    kind: "user",
    user,
    apiKey: null,
    workspace,
    timeZone,
    role: caller.role,
    workspaces: await repo.listWorkspacesOfUser(db, caller.userId),
    csrfToken: caller.session?.csrfToken ?? null,
  };
}

/** Moves a session to another workspace of the same user; a workspace they are not in is "not found". */
export async function switchWorkspace(deps: PlatformDeps, caller: Caller, workspaceId: string): Promise<Me> {
  if (!caller.session || !caller.userId) throw new NotFoundError("Workspace");
  const { db } = deps.database;
  const member = await repo.findMember(db, workspaceId, caller.userId);
  if (!member) throw new NotFoundError("Workspace");
  await repo.setSessionWorkspace(db, caller.session.tokenHash, workspaceId);
  return describeCaller(deps, { ...caller, workspaceId, role: member.role });
}
