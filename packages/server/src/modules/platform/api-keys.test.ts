import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  logIn,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
  withSession,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";

describe.each(testEngines)("API keys on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  it("shows a new key once, lists only its prefix, and the key works for its role", async () => {
    const headers = withSession(await logIn(t.app, ws.emails.admin));
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-keys",
      headers,
      payload: { name: "CRM sync", role: "analyst" },
    });
    expect(created.statusCode).toBe(201);
    const { key, apiKey } = json<{ key: string; apiKey: { id: string; prefix: string } }>(created);
    expect(key).toMatch(/^tp_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const list = await t.app.inject({ method: "GET", url: "/api/v1/api-keys", headers });
    expect(list.body).not.toContain(key);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(key) });
    expect(json(me)).toMatchObject({ kind: "api_key", role: "analyst", apiKey: { name: "CRM sync" } });
    const listed = json<{ items: { id: string; lastUsedAt: string | null }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/api-keys", headers }),
    );
    expect(listed.items.find((item) => item.id === apiKey.id)?.lastUsedAt).toBe(t.clock.now().toISOString());
  });

  it("records when a key was last used, at most once a minute", async () => {
    const headers = withSession(await logIn(t.app, ws.emails.admin));
    const { key, apiKey } = json<{ key: string; apiKey: { id: string } }>(
      await t.app.inject({
        method: "POST",
        url: "/api/v1/api-keys",
        headers,
        payload: { name: "busy integration", role: "viewer" },
      }),
    );
    const lastUsed = async () =>
      json<{ items: { id: string; lastUsedAt: string | null }[] }>(
        await t.app.inject({ method: "GET", url: "/api/v1/api-keys", headers }),
      ).items.find((item) => item.id === apiKey.id)?.lastUsedAt;
    const use = () => t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(key) });
    const first = t.clock.now().toISOString();
    await use();
    expect(await lastUsed()).toBe(first);
    t.clock.advance(30_000);
    await use();
    expect(await lastUsed()).toBe(first);
    t.clock.advance(31_000);
    await use();
    expect(await lastUsed()).toBe(t.clock.now().toISOString());
  });

  it("stops a revoked key at once", async () => {
    const headers = bearer(ws.keys.owner);
    const created = json<{ key: string; apiKey: { id: string } }>(
      await t.app.inject({
        method: "POST",
        url: "/api/v1/api-keys",
        headers,
        payload: { name: "short-lived", role: "viewer" },
      }),
    );
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(created.key) })).statusCode,
    ).toBe(200);
    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/api-keys/${created.apiKey.id}`,
      headers,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(created.key) });
    expect(after.statusCode).toBe(401);
    const again = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/api-keys/${created.apiKey.id}`,
      headers,
    });
    expect(again.statusCode).toBe(409);
    const audit = json<{ items: { action: string; targetId: string }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/audit-log?limit=5", headers }),
    );
    expect(audit.items[0]).toMatchObject({ action: "api_key.revoke", targetId: created.apiKey.id });
  });

  it("lets nobody create a key more powerful than their own role", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/api-keys",
      headers: bearer(ws.keys.admin),
      payload: { name: "escalate", role: "owner" },
    });
    expect(response.statusCode).toBe(403);
  });

  it("keeps API keys away from analysts, agents and viewers", async () => {
    for (const role of ["analyst", "agent", "viewer"] as const) {
      const response = await t.app.inject({
        method: "GET",
        url: "/api/v1/api-keys",
        headers: bearer(ws.keys[role]),
      });
      expect(response.statusCode).toBe(403);
    }
  });
});
