import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  logIn,
  type SeededWorkspace,
  seedWorkspace,
  TEST_PASSWORD,
  type TestApp,
  withSession,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { setTimeZone } from "../analytics/rollup-test-fixtures.ts";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS, SESSION_TTL_MS } from "./auth.ts";

describe.each(testEngines)("authentication on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const login = (email: string, password: string, ip = "10.0.0.1") =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password },
      remoteAddress: ip,
    });

  it("logs in with email and password and sets an httpOnly, SameSite=Lax session cookie", async () => {
    const response = await login(ws.emails.analyst.toUpperCase(), "correct horse battery");
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "tp_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(json(response)).toMatchObject({
      kind: "user",
      role: "analyst",
      workspace: { id: ws.workspaceId },
    });
  });

  it("answers a wrong password and an unknown email with the same 401 problem", async () => {
    const wrongPassword = await login(ws.emails.viewer, "not the password", "10.0.0.2");
    const unknownEmail = await login("nobody@example.com", "not the password", "10.0.0.2");
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.headers["content-type"]).toContain("application/problem+json");
    const { instance: _a, ...first } = json(wrongPassword);
    const { instance: _b, ...second } = json(unknownEmail);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ status: 401, code: "invalid_credentials" });
  });

  it(`throttles after ${LOGIN_MAX_FAILURES} wrong tries with 429 and Retry-After, even for the right password`, async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect((await login(ws.emails.agent, `wrong ${i}`, "10.0.0.3")).statusCode).toBe(401);
    }
    const throttled = await login(ws.emails.agent, "correct horse battery", "10.0.0.3");
    expect(throttled.statusCode).toBe(429);
    expect(json(throttled)).toMatchObject({ code: "too_many_attempts" });
    const retryAfter = Number(throttled.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    // Another address is not locked out by someone else's guessing.
    expect((await login(ws.emails.agent, "correct horse battery", "10.0.0.4")).statusCode).toBe(200);
    t.clock.advance(LOGIN_WINDOW_MS + 1000);
    expect((await login(ws.emails.agent, "correct horse battery", "10.0.0.3")).statusCode).toBe(200);
  });

  it("returns the caller from /me for a session and for an API key, and 401 without either", async () => {
    const session = await logIn(t.app, ws.emails.admin);
    const bySession = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: withSession(session) });
    expect(json(bySession)).toMatchObject({ kind: "user", role: "admin", user: { email: ws.emails.admin } });
    expect(json(bySession).csrfToken).toBe(session.csrf);
    const byKey = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(ws.keys.agent) });
    expect(json(byKey)).toMatchObject({
      kind: "api_key",
      role: "agent",
      user: null,
      workspace: { id: ws.workspaceId },
    });
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/me" });
    expect(anonymous.statusCode).toBe(401);
    expect(json(anonymous)).toMatchObject({ status: 401, code: "unauthenticated" });
  });

  it("tells the caller the workspace's time zone, the default one until it is changed", async () => {
    const { workspaceId, emails, keys } = await seedWorkspace(t);
    const loggedIn = await login(emails.viewer, TEST_PASSWORD);
    expect(json(loggedIn).timeZone).toBe("Asia/Ho_Chi_Minh");
    await setTimeZone(t.testDb.database, workspaceId, "America/New_York");
    const session = await logIn(t.app, emails.viewer);
    const bySession = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: withSession(session) });
    expect(json(bySession).timeZone).toBe("America/New_York");
    const byKey = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(keys.agent) });
    expect(json(byKey).timeZone).toBe("America/New_York");
  });

  it("rejects a malformed or unknown API key with 401", async () => {
    for (const authorization of ["Bearer tp_doesnotexist0000000000000", "Bearer nope", "Basic abc"]) {
      const response = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization } });
      expect(response.statusCode).toBe(401);
    }
  });

  it("refuses a cookie-authenticated write without the CSRF header, and allows it with the header", async () => {
    const session = await logIn(t.app, ws.emails.owner);
    const payload = { name: "csrf check", role: "viewer" };
    const withoutHeader = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-keys",
      headers: { cookie: session.cookie },
      payload,
    });
    expect(withoutHeader.statusCode).toBe(403);
    expect(json(withoutHeader)).toMatchObject({ code: "csrf_failed" });
    const withHeader = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-keys",
      headers: withSession(session),
      payload,
    });
    expect(withHeader.statusCode).toBe(201);
  });

  it("ends the session on logout", async () => {
    const session = await logIn(t.app, ws.emails.viewer);
    const logout = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: withSession(session),
    });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: withSession(session) });
    expect(after.statusCode).toBe(401);
  });

  it("switches a session to another workspace of the same user, and not to a stranger's", async () => {
    const other = await seedWorkspace(t);
    const session = await logIn(t.app, ws.emails.analyst);
    const stranger = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/switch-workspace",
      headers: withSession(session),
      payload: { workspaceId: other.workspaceId },
    });
    expect(stranger.statusCode).toBe(404);
    const owner = await logIn(t.app, other.emails.owner);
    const added = await t.app.inject({
      method: "POST",
      url: "/api/v1/members",
      headers: withSession(owner),
      payload: { email: ws.emails.analyst, role: "viewer" },
    });
    expect(added.statusCode).toBe(201);
    const switched = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/switch-workspace",
      headers: withSession(session),
      payload: { workspaceId: other.workspaceId },
    });
    expect(json(switched)).toMatchObject({ workspace: { id: other.workspaceId }, role: "viewer" });
    expect(json<{ workspaces: unknown[] }>(switched).workspaces).toHaveLength(2);
  });
});

describe("session lifetime", () => {
  it("ends a session after its time to live", async () => {
    const t = await createTestApp("embedded");
    try {
      const ws = await seedWorkspace(t);
      const session = await logIn(t.app, ws.emails.viewer);
      const me = () => t.app.inject({ method: "GET", url: "/api/v1/me", headers: withSession(session) });
      t.clock.advance(SESSION_TTL_MS - 60_000);
      expect((await me()).statusCode).toBe(200);
      t.clock.advance(120_000);
      expect((await me()).statusCode).toBe(401);
    } finally {
      await t.dispose();
    }
  });
});
