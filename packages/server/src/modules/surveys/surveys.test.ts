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

interface SurveyBody {
  id: string;
  slug: string;
  status: string;
  version: number;
  name: string;
  definition: { title: Record<string, string> };
}

describe.each(testEngines)("surveys API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { definition: exampleNpsSurvey(), ...overrides },
    });
    expect(response.statusCode, response.body).toBe(201);
    return json<SurveyBody>(response);
  };
  const setStatus = (id: string, status: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${id}/status`,
      headers: bearer(ws.keys.analyst),
      payload: { status },
    });

  it("creates a draft with a readable, unique public slug from the default-language title", async () => {
    const survey = await create();
    expect(survey).toMatchObject({ status: "draft", version: 1, name: "Khảo sát mức độ hài lòng" });
    expect(survey.slug).toMatch(/^khao-sat-muc-do-hai-long-[a-z0-9]{5}$/);
    const again = await create();
    expect(again.slug).not.toBe(survey.slug);
  });

  it("refuses a chosen slug that is taken with 409", async () => {
    await create({ slug: "chi-nhanh-quan-1" });
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { slug: "chi-nhanh-quan-1", definition: exampleNpsSurvey() },
    });
    expect(response.statusCode).toBe(409);
    expect(json(response)).toMatchObject({ code: "slug_taken" });
  });

  it("reports an invalid definition with the path of each problem", async () => {
    const definition = exampleNpsSurvey();
    definition.defaultLanguage = "fr";
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { definition },
    });
    expect(response.statusCode).toBe(400);
    const paths = json<{ errors: { path: string }[] }>(response).errors.map((e) => e.path);
    expect(paths).toContain("definition.defaultLanguage");
  });

  it("edits a draft in place but versions a survey that has gone live", async () => {
    const survey = await create();
    const definition = exampleNpsSurvey();
    definition.title = { vi: "Khảo sát mới", en: "New survey" };
    const draftEdit = json<SurveyBody>(
      await t.app.inject({
        method: "PATCH",
        url: `/api/v1/surveys/${survey.id}`,
        headers: bearer(ws.keys.analyst),
        payload: { definition },
      }),
    );
    expect(draftEdit).toMatchObject({ version: 1, definition: { title: { vi: "Khảo sát mới" } } });
    expect((await setStatus(survey.id, "live")).statusCode).toBe(200);
    definition.title = { vi: "Phiên bản 2", en: "Version 2" };
    const liveEdit = json<SurveyBody>(
      await t.app.inject({
        method: "PATCH",
        url: `/api/v1/surveys/${survey.id}`,
        headers: bearer(ws.keys.analyst),
        payload: { definition },
      }),
    );
    expect(liveEdit).toMatchObject({
      version: 2,
      status: "live",
      definition: { title: { vi: "Phiên bản 2" } },
    });
  });

  it("follows draft → live → paused → live → closed and refuses anything after closed", async () => {
    const survey = await create();
    for (const status of ["live", "paused", "live", "closed"]) {
      expect(json(await setStatus(survey.id, status))).toMatchObject({ status });
    }
    const reopen = await setStatus(survey.id, "live");
    expect(reopen.statusCode).toBe(409);
    expect(json(reopen)).toMatchObject({ code: "invalid_transition" });
    const edit = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/surveys/${survey.id}`,
      headers: bearer(ws.keys.analyst),
      payload: { name: "x" },
    });
    expect(edit.statusCode).toBe(409);
  });

  it("deletes drafts only", async () => {
    const draft = await create();
    expect(
      (
        await t.app.inject({
          method: "DELETE",
          url: `/api/v1/surveys/${draft.id}`,
          headers: bearer(ws.keys.analyst),
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/surveys/${draft.id}`,
          headers: bearer(ws.keys.analyst),
        })
      ).statusCode,
    ).toBe(404);
    const live = await create();
    await setStatus(live.id, "live");
    expect(
      (
        await t.app.inject({
          method: "DELETE",
          url: `/api/v1/surveys/${live.id}`,
          headers: bearer(ws.keys.analyst),
        })
      ).statusCode,
    ).toBe(409);
  });

  it("lists surveys newest first with paging and a status filter, and lets viewers read but not write", async () => {
    const first = json<{ items: { id: string }[]; nextCursor: string }>(
      await t.app.inject({ method: "GET", url: "/api/v1/surveys?limit=2", headers: bearer(ws.keys.viewer) }),
    );
    expect(first.items).toHaveLength(2);
    const next = json<{ items: { id: string }[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys?limit=2&cursor=${first.nextCursor}`,
        headers: bearer(ws.keys.viewer),
      }),
    );
    expect((next.items[0]?.id ?? "") < (first.items[1]?.id ?? "")).toBe(true);
    const closed = json<{ items: { status: string }[] }>(
      await t.app.inject({
        method: "GET",
        url: "/api/v1/surveys?status=closed",
        headers: bearer(ws.keys.viewer),
      }),
    );
    expect(closed.items.every((s) => s.status === "closed")).toBe(true);
    const write = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.viewer),
      payload: { definition: exampleNpsSurvey() },
    });
    expect(write.statusCode).toBe(403);
  });

  it("writes survey changes to the audit log", async () => {
    const survey = await create();
    await setStatus(survey.id, "live");
    const audit = json<{ items: { action: string; targetId: string; after: unknown }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/audit-log?limit=2", headers: bearer(ws.keys.owner) }),
    );
    expect(audit.items[0]).toMatchObject({
      action: "survey.status_change",
      targetId: survey.id,
      after: { status: "live" },
    });
    expect(audit.items[1]).toMatchObject({ action: "survey.create", targetId: survey.id });
  });
});
