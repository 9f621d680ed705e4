import { exampleNpsSurvey } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";

describe.each(testEngines)("public survey API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let surveyId: string;
  const slug = `widget-${engine}`;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { slug, definition: exampleNpsSurvey() },
    });
    surveyId = json<{ id: string }>(created).id;
  });
  afterAll(() => t.dispose());

  const setStatus = (status: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/status`,
      headers: bearer(ws.keys.analyst),
      payload: { status },
    });

  it("does not show a draft", async () => {
    expect((await t.app.inject({ method: "GET", url: `/api/v1/public/surveys/${slug}` })).statusCode).toBe(
      404,
    );
  });

  it("serves a live survey's definition to any origin", async () => {
    await setStatus("live");
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/public/surveys/${slug}`,
      headers: { origin: "https://shop.example.vn" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(json(response)).toMatchObject({ slug, version: 1, definition: { defaultLanguage: "vi" } });
    const preflight = await t.app.inject({
      method: "OPTIONS",
      url: `/api/v1/public/surveys/${slug}/responses`,
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers["access-control-allow-headers"]).toContain("idempotency-key");
  });

  it("takes a partial response without credentials and continues it only with its token", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/surveys/${slug}/responses`,
      payload: { answers: { nps: 4 }, complete: false, hidden: { touchpoint: "checkout" } },
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = json<{ id: string; token: string }>(created);
    const wrongToken = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/public/surveys/${slug}/responses/${id}`,
      headers: { "x-response-token": "guess" },
      payload: { answers: { reason: "Trang thanh toán chậm" }, complete: true },
    });
    expect(wrongToken.statusCode).toBe(404);
    const done = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/public/surveys/${slug}/responses/${id}`,
      headers: { "x-response-token": token },
      payload: { answers: { reason: "Trang thanh toán chậm" }, complete: true },
    });
    expect(json(done)).toMatchObject({ id, status: "completed", ending: "thanks" });
    const stored = json<{ channel: string; answers: Record<string, unknown> }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${surveyId}/responses/${id}`,
        headers: bearer(ws.keys.viewer),
      }),
    );
    expect(stored).toMatchObject({ channel: "widget", answers: { nps: 4, reason: "Trang thanh toán chậm" } });
  });

  it("keeps server-side channels for authenticated callers", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/surveys/${slug}/responses`,
      payload: { answers: { nps: 9 }, channel: "import" },
    });
    expect(response.statusCode).toBe(400);
  });

  it("lists the workspace's live surveys whose widget is enabled, with their triggers", async () => {
    const definition = exampleNpsSurvey();
    definition.widget = { enabled: true, urlPatterns: ["/checkout/*"], samplingPercent: 25 };
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { definition },
    });
    const id = json<{ id: string; slug: string }>(created);
    const url = `/api/v1/public/workspaces/${ws.slug}/widget-surveys`;
    expect(json<{ items: unknown[] }>(await t.app.inject({ method: "GET", url })).items).toEqual([]);
    await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${id.id}/status`,
      headers: bearer(ws.keys.analyst),
      payload: { status: "live" },
    });
    const listed = json<{ items: { slug: string; definition: { widget: unknown } }[] }>(
      await t.app.inject({ method: "GET", url }),
    );
    expect(listed.items.map((item) => item.slug)).toEqual([id.slug]);
    expect(listed.items[0]?.definition.widget).toMatchObject({
      urlPatterns: ["/checkout/*"],
      samplingPercent: 25,
      recontactDays: 30,
    });
    const unknown = await t.app.inject({
      method: "GET",
      url: "/api/v1/public/workspaces/no-such-workspace/widget-surveys",
    });
    expect(json<{ items: unknown[] }>(unknown).items).toEqual([]);
  });

  it("answers 410 once the survey is closed", async () => {
    await setStatus("closed");
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/surveys/${slug}/responses`,
      payload: { answers: { nps: 9 } },
    });
    expect(response.statusCode).toBe(410);
  });
});
