import type { TextSettings } from "@touchpoint/core";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  publishTestSurvey,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { experienceSurvey, respond } from "../customers/timeline-test-fixtures.ts";
import { TEXT_ENRICH_JOB } from "./enrich-job.ts";
import { textAnalyses } from "./schema.ts";

const SHORT = "Nhân viên thái độ rất tệ, chờ quá lâu";

describe.each(testEngines)("workspace text settings on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;

  const settings = async (key: string) => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/v1/text/settings",
      headers: bearer(key),
    });
    expect(response.statusCode, response.body).toBe(200);
    return json<TextSettings>(response);
  };
  const put = (key: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: "PUT", url: "/api/v1/text/settings", headers: bearer(key), payload });
  const analyze = (key: string, texts: unknown[]) =>
    t.app.inject({ method: "POST", url: "/api/v1/text/analyze", headers: bearer(key), payload: { texts } });

  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
  });
  afterAll(() => t.dispose());

  it("starts at 10,000 characters, readable by any member", async () => {
    expect(await settings(ws.keys.viewer)).toEqual({ maxTextLength: 10_000, updatedAt: null });
  });

  it("lets a text manager change the limit, audited, in this workspace only", async () => {
    const changed = await put(ws.keys.admin, { maxTextLength: 200 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(json(changed)).toEqual({ maxTextLength: 200, updatedAt: t.clock.now().toISOString() });
    expect((await settings(ws.keys.viewer)).maxTextLength).toBe(200);
    expect((await settings(other.keys.viewer)).maxTextLength).toBe(10_000);

    const audit = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit-log?limit=1",
      headers: bearer(ws.keys.owner),
    });
    expect(json<{ items: unknown[] }>(audit).items[0]).toMatchObject({
      action: "text.settings.saved",
      targetType: "text_settings",
      before: { maxTextLength: 10_000 },
      after: { maxTextLength: 200 },
    });
  });

  it("refuses a limit outside 100–100,000 naming the field, and a caller without text.manage", async () => {
    for (const maxTextLength of [99, 100_001, 150.5]) {
      const refused = await put(ws.keys.admin, { maxTextLength });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain("maxTextLength");
    }
    expect((await put(ws.keys.analyst, { maxTextLength: 500 })).statusCode).toBe(403);
    expect((await settings(ws.keys.viewer)).maxTextLength).toBe(200);
  });

  it("answers 422 naming texts.3 and the workspace's limit for an over-long text", async () => {
    const texts = [SHORT, SHORT, SHORT, "a".repeat(201), "a".repeat(200)];
    const refused = await analyze(ws.keys.viewer, texts);
    expect(refused.statusCode).toBe(422);
    expect(json<{ errors: unknown[] }>(refused).errors).toEqual([
      { path: "texts.3", message: "longer than 200 characters" },
    ]);
    // The same texts are fine in a workspace on the default limit.
    expect((await analyze(other.keys.viewer, texts)).statusCode).toBe(200);
  });

  it("leaves a stored text over the limit unanalysed, and analyses the rest", async () => {
    const surveyId = (await publishTestSurvey(t, ws, experienceSurvey())).id;
    const long = `${SHORT} ${"rất lâu ".repeat(40)}`;
    expect(long.length).toBeGreaterThan(200);
    const longId = await respond(t, ws, surveyId, { answers: { nps: 2, why: long } });
    const shortId = await respond(t, ws, surveyId, { answers: { nps: 2, why: SHORT } });
    await t.jobs.runDue(TEXT_ENRICH_JOB);
    const rowsOf = (sourceId: string) =>
      t.testDb.database.db
        .select({ field: textAnalyses.field })
        .from(textAnalyses)
        .where(and(eq(textAnalyses.workspaceId, ws.workspaceId), eq(textAnalyses.sourceId, sourceId)));
    expect(await rowsOf(longId)).toEqual([]);
    expect(await rowsOf(shortId)).toEqual([{ field: "why" }]);
  });
});
