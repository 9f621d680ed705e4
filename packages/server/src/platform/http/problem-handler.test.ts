import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";

describe("errors are RFC 9457 problems, never a 500 for a client's mistake", () => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp("embedded", { bodyLimit: 2048 });
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const post = (payload: string, contentType = "application/json") =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/api-keys",
      headers: { ...bearer(ws.keys.owner), "content-type": contentType },
      payload,
    });

  const expectProblem = (response: Awaited<ReturnType<typeof post>>, status: number, code: string) => {
    expect(response.statusCode).toBe(status);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const body = json(response);
    expect(body).toMatchObject({ status, code });
    expect(typeof body.title).toBe("string");
    expect(typeof body.detail).toBe("string");
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    return body;
  };

  it("rejects malformed JSON with 400 malformed_json", async () => {
    expectProblem(await post('{"name": "x",'), 400, "malformed_json");
  });

  it("rejects a wrong content type with 415", async () => {
    expectProblem(await post("name=x", "application/x-www-form-urlencoded"), 415, "unsupported_media_type");
  });

  it("rejects a body over the configured limit with 413", async () => {
    expectProblem(
      await post(JSON.stringify({ name: "x".repeat(4096), role: "viewer" })),
      413,
      "body_too_large",
    );
  });

  it("names unknown fields and invalid values with their paths", async () => {
    const body = expectProblem(
      await post(JSON.stringify({ name: "", role: "emperor", colour: "red" })),
      400,
      "validation_failed",
    );
    const paths = (body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(["colour", "name", "role"]);
  });

  it("validates query strings and path parameters too", async () => {
    const query = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit-log?limit=0",
      headers: bearer(ws.keys.owner),
    });
    expect(json(query)).toMatchObject({ status: 400, errors: [{ path: "querystring.limit" }] });
    const params = await t.app.inject({
      method: "DELETE",
      url: "/api/v1/api-keys/not-a-uuid",
      headers: bearer(ws.keys.owner),
    });
    expect(json(params)).toMatchObject({ status: 400, errors: [{ path: "params.id" }] });
  });

  it("answers unknown routes with a 404 problem", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expectProblem(response, 404, "route_not_found");
  });

  it("serves an OpenAPI 3.1 document describing the routes", async () => {
    const doc = json<{ openapi: string; paths: Record<string, unknown> }>(
      await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" }),
    );
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/auth/login", "/api/v1/me", "/api/v1/api-keys/{id}"]),
    );
    const docsPage = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docsPage.statusCode).toBe(200);
  });

  it("reports liveness, readiness and Prometheus metrics", async () => {
    expect(json(await t.app.inject({ method: "GET", url: "/healthz" }))).toEqual({ status: "ok" });
    expect(json(await t.app.inject({ method: "GET", url: "/readyz" }))).toMatchObject({ status: "ready" });
    const metrics = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.body).toContain("touchpoint_http_requests_total");
    expect(metrics.body).toMatch(/route="\/healthz",status="200"/);
  });

  it("carries the request id in the x-request-id header", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/healthz",
      headers: { "x-request-id": "req-123" },
    });
    expect(response.headers["x-request-id"]).toBe("req-123");
  });
});
