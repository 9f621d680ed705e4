import { exampleNpsSurvey, surveyDefinitionSchema } from "@touchpoint/core";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/ids.ts";
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
import { surveys, surveyVersions } from "./schema.ts";

describe.each(testEngines)("surveys cached for ingestion on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const submit = (surveyId: string, answers: Record<string, unknown> = { nps: 9 }) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/responses`,
      headers: bearer(ws.keys.agent),
      payload: { answers },
    });
  const setStatus = (surveyId: string, status: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/status`,
      headers: bearer(ws.keys.analyst),
      payload: { status },
    });
  /** Another process (a second server, a worker) writes the database without telling this one. */
  const elsewhere = () => t.testDb.database.db;
  const inWorkspace = (surveyId: string) =>
    and(eq(surveys.workspaceId, ws.workspaceId), eq(surveys.id, surveyId));

  it("refuses responses at once after this process closes or pauses the survey", async () => {
    const { id } = await publishTestSurvey(t, ws);
    expect((await submit(id)).statusCode).toBe(201);
    await setStatus(id, "paused");
    expect(json<{ code: string }>(await submit(id))).toMatchObject({ code: "survey_paused" });
    await setStatus(id, "live");
    expect((await submit(id)).statusCode).toBe(201);
    await setStatus(id, "closed");
    expect((await submit(id)).statusCode).toBe(410);
  });

  it("refuses a response with 410 when another process closed the survey this one holds as live", async () => {
    const { id } = await publishTestSurvey(t, ws);
    expect((await submit(id)).statusCode).toBe(201);
    await elsewhere().update(surveys).set({ status: "closed" }).where(inWorkspace(id));
    const refused = await submit(id);
    expect(refused.statusCode).toBe(410);
    const listed = json<{ items: unknown[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${id}/responses`,
        headers: bearer(ws.keys.analyst),
      }),
    );
    expect(listed.items).toHaveLength(1);
  });

  it("accepts responses at once when another process reopens a survey this one holds as paused", async () => {
    const { id } = await publishTestSurvey(t, ws);
    await setStatus(id, "paused");
    expect((await submit(id)).statusCode).toBe(409);
    await elsewhere().update(surveys).set({ status: "live" }).where(inWorkspace(id));
    expect((await submit(id)).statusCode).toBe(201);
  });

  it("validates against a version another process published after this one cached the previous", async () => {
    const { id } = await publishTestSurvey(t, ws);
    expect(json<{ surveyVersion: number }>(await submit(id)).surveyVersion).toBe(1);
    const input = exampleNpsSurvey();
    input.hiddenFields = [...(input.hiddenFields ?? []), { key: "store_code" }];
    const next = surveyDefinitionSchema.parse(input);
    await elsewhere().insert(surveyVersions).values({
      workspaceId: ws.workspaceId,
      id: newId(),
      surveyId: id,
      version: 2,
      definition: next,
    });
    await elsewhere().update(surveys).set({ currentVersion: 2 }).where(inWorkspace(id));
    const stored = await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${id}/responses`,
      headers: bearer(ws.keys.agent),
      payload: { answers: { nps: 9 }, hidden: { store_code: "HN-01" } },
    });
    expect(stored.statusCode).toBe(201);
    expect(json(stored)).toMatchObject({ surveyVersion: 2, hidden: { store_code: "HN-01" } });
  });

  it("keeps workspaces apart: a survey id from another workspace is not found", async () => {
    const { id } = await publishTestSurvey(t, ws);
    expect((await submit(id)).statusCode).toBe(201);
    const other = await seedWorkspace(t);
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${id}/responses`,
      headers: bearer(other.keys.agent),
      payload: { answers: { nps: 9 } },
    });
    expect(response.statusCode).toBe(404);
  });
});
