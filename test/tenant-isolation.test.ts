// Every resource of workspace B is invisible to users and keys of workspace A: 404, never 403 or data.
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
} from "../packages/server/src/testing/test-app.ts";
import { testEngines } from "../packages/server/src/testing/test-database.ts";

describe.each(testEngines)("tenant isolation on %s", (engine) => {
  let t: TestApp;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  let bKeyId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    a = await seedWorkspace(t, "Workspace A");
    b = await seedWorkspace(t, "Workspace B");
    const keys = json<{ items: { id: string }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/api-keys", headers: bearer(b.keys.owner) }),
    );
    bKeyId = keys.items[0]?.id ?? "";
  });
  afterAll(() => t.dispose());

  const resourcesOfB = () => [
    { method: "PATCH" as const, url: `/api/v1/members/${b.userIds.viewer}`, payload: { role: "agent" } },
    { method: "DELETE" as const, url: `/api/v1/members/${b.userIds.viewer}` },
    { method: "DELETE" as const, url: `/api/v1/api-keys/${bKeyId}` },
    {
      method: "POST" as const,
      url: "/api/v1/auth/switch-workspace",
      payload: { workspaceId: b.workspaceId },
    },
  ];

  it("answers 404 to an owner key of A for every resource of B", async () => {
    for (const request of resourcesOfB().slice(0, 3)) {
      const response = await t.app.inject({ ...request, headers: bearer(a.keys.owner) });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
  });

  it("answers 404 to an owner session of A for every resource of B", async () => {
    const headers = withSession(await logIn(t.app, a.emails.owner));
    for (const request of resourcesOfB()) {
      const response = await t.app.inject({ ...request, headers });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
  });

  it("lists only A's members, keys and audit entries to A", async () => {
    const headers = bearer(a.keys.owner);
    for (const url of ["/api/v1/members", "/api/v1/api-keys", "/api/v1/audit-log?limit=200"]) {
      const body = (await t.app.inject({ method: "GET", url, headers })).body;
      for (const secretOfB of [b.emails.owner, b.userIds.viewer, bKeyId, b.workspaceId]) {
        expect(body, url).not.toContain(secretOfB);
      }
    }
  });

  it("left B's data untouched by A's attempts", async () => {
    const members = json<{ items: { userId: string; role: string }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/members", headers: bearer(b.keys.owner) }),
    );
    expect(members.items.find((m) => m.userId === b.userIds.viewer)?.role).toBe("viewer");
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(b.keys.viewer) })).statusCode,
    ).toBe(200);
  });
});
