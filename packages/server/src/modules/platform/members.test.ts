import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  json,
  logIn,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
  withSession,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";

describe.each(testEngines)("members and roles on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const as = async (role: keyof SeededWorkspace["emails"]) =>
    withSession(await logIn(t.app, ws.emails[role]));

  it("lets an admin add a new person with an initial password, who can then log in", async () => {
    const headers = await as("admin");
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/members",
      headers,
      payload: {
        email: " New.Person@Example.com ",
        name: "Người Mới",
        password: "a new password",
        role: "agent",
      },
    });
    expect(response.statusCode).toBe(201);
    expect(json(response)).toMatchObject({
      email: "new.person@example.com",
      name: "Người Mới",
      role: "agent",
    });
    const session = await logIn(t.app, "new.person@example.com", "a new password");
    expect(session.cookie).toMatch(/^tp_session=/);
  });

  it("requires an initial password for an email without an account, naming the field", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/members",
      headers: await as("owner"),
      payload: { email: "nopass@example.com", role: "viewer" },
    });
    expect(response.statusCode).toBe(400);
    expect(json(response)).toMatchObject({ code: "validation_failed", errors: [{ path: "password" }] });
  });

  it("refuses a second membership of the same person with 409", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/members",
      headers: await as("owner"),
      payload: { email: ws.emails.viewer, role: "viewer" },
    });
    expect(response.statusCode).toBe(409);
  });

  it("keeps roles within reach: an admin cannot make an owner, a viewer cannot manage members", async () => {
    const byAdmin = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/members/${ws.userIds.viewer}`,
      headers: await as("admin"),
      payload: { role: "owner" },
    });
    expect(byAdmin.statusCode).toBe(403);
    const byViewer = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/members/${ws.userIds.agent}`,
      headers: await as("viewer"),
      payload: { role: "viewer" },
    });
    expect(byViewer.statusCode).toBe(403);
    const viewerList = await t.app.inject({
      method: "GET",
      url: "/api/v1/members",
      headers: await as("viewer"),
    });
    expect(viewerList.statusCode).toBe(403);
    const analystList = await t.app.inject({
      method: "GET",
      url: "/api/v1/members",
      headers: await as("analyst"),
    });
    expect(analystList.statusCode).toBe(200);
  });

  it("never removes or demotes the last owner", async () => {
    const headers = await as("owner");
    const demote = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/members/${ws.userIds.owner}`,
      headers,
      payload: { role: "admin" },
    });
    expect(demote.statusCode).toBe(409);
    expect(json(demote)).toMatchObject({ code: "last_owner" });
    const remove = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/members/${ws.userIds.owner}`,
      headers,
    });
    expect(remove.statusCode).toBe(409);
  });

  it("changes a role and records who did it with the state before and after", async () => {
    const headers = await as("owner");
    const change = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/members/${ws.userIds.agent}`,
      headers,
      payload: { role: "analyst" },
    });
    expect(json(change)).toMatchObject({ userId: ws.userIds.agent, role: "analyst" });
    const audit = await t.app.inject({ method: "GET", url: "/api/v1/audit-log?limit=1", headers });
    expect(json<{ items: unknown[] }>(audit).items[0]).toMatchObject({
      action: "member.role_change",
      targetId: ws.userIds.agent,
      actor: { type: "user", label: ws.emails.owner },
      before: { role: "agent" },
      after: { role: "analyst" },
    });
  });

  it("removes a member, whose session then stops working in that workspace", async () => {
    const viewerSession = await logIn(t.app, ws.emails.viewer);
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/members/${ws.userIds.viewer}`,
      headers: await as("owner"),
    });
    expect(removed.statusCode).toBe(204);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: withSession(viewerSession) });
    expect(me.statusCode).toBe(401);
  });

  it("pages through the audit log newest first with a cursor", async () => {
    const headers = await as("owner");
    const first = json<{ items: { id: string }[]; nextCursor: string }>(
      await t.app.inject({ method: "GET", url: "/api/v1/audit-log?limit=2", headers }),
    );
    expect(first.items).toHaveLength(2);
    const second = json<{ items: { id: string }[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/audit-log?limit=2&cursor=${first.nextCursor}`,
        headers,
      }),
    );
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort().reverse()).toEqual(ids);
  });
});
