import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  TEST_PASSWORD,
  type TestApp,
} from "../../testing/test-app.ts";

describe("behind an HTTPS reverse proxy, with a tight rate limit", () => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp("embedded", { trustProxy: true, rateLimitPerMinute: 5 });
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  it("marks session cookies Secure when the proxy says the request came over HTTPS", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" },
      payload: { email: ws.emails.owner, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    for (const name of ["tp_session", "tp_csrf"]) {
      expect(response.cookies.find((c) => c.name === name)).toMatchObject({ secure: true });
    }
  });

  it("limits requests per API key with a 429 problem and Retry-After", async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof t.app.inject>> | undefined;
    for (let i = 0; i < 7; i++) {
      last = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(ws.keys.viewer) });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(last?.headers["retry-after"]).toBeDefined();
    expect(last && json(last)).toMatchObject({ status: 429, code: "rate_limited" });
    // Another key has its own budget.
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer(ws.keys.agent) })).statusCode,
    ).toBe(200);
  });
});
