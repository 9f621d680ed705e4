import { exampleNpsSurvey, type SurveyDefinitionInput } from "@touchpoint/core";
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

describe.each(testEngines)("survey quotas on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const liveSurvey = async (quotas: SurveyDefinitionInput["quotas"]) => {
    const definition = exampleNpsSurvey();
    definition.quotas = quotas;
    definition.endings = [
      ...definition.endings,
      { id: "full", title: { vi: "Đã đủ người tham gia", en: "We have enough answers" } },
    ];
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { definition },
    });
    const id = json<{ id: string }>(created).id;
    await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${id}/status`,
      headers: bearer(ws.keys.analyst),
      payload: { status: "live" },
    });
    return id;
  };
  const submit = (id: string, answers: Record<string, unknown>, hidden: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${id}/responses`,
      headers: bearer(ws.keys.agent),
      payload: { answers, hidden },
    });
  const branchQuota = (action: "close" | "screen_out", limit: number) => ({
    id: "q_branch",
    name: "Chi nhánh",
    limit,
    action,
    ending: "full",
    when: { subject: { source: "hidden" as const, field: "touchpoint" }, op: "eq" as const, value: "branch" },
  });

  it("screens out respondents who match a full quota and keeps taking the others", async () => {
    const id = await liveSurvey([branchQuota("screen_out", 2)]);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        json<{ status: string; ending: string }>(await submit(id, { nps: 9 }, { touchpoint: "branch" })),
      );
    expect(statuses.map((r) => r.status)).toEqual(["completed", "completed", "screened_out"]);
    expect(statuses[2]?.ending).toBe("full");
    expect(json<{ status: string }>(await submit(id, { nps: 9 }, { touchpoint: "app" })).status).toBe(
      "completed",
    );
    const progress = await t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${id}/quotas`,
      headers: bearer(ws.keys.viewer),
    });
    // Two branch respondents took places; the screened-out one and the app respondent did not.
    expect(json(progress)).toEqual({
      items: [{ id: "q_branch", name: "Chi nhánh", limit: 2, count: 2, full: true }],
    });
  });

  it("closes the survey when a closing quota fills, and answers 410 afterwards", async () => {
    const id = await liveSurvey([branchQuota("close", 2)]);
    expect((await submit(id, { nps: 9 }, { touchpoint: "branch" })).statusCode).toBe(201);
    expect((await submit(id, { nps: 9 }, { touchpoint: "branch" })).statusCode).toBe(201);
    const survey = json<{ status: string }>(
      await t.app.inject({ method: "GET", url: `/api/v1/surveys/${id}`, headers: bearer(ws.keys.viewer) }),
    );
    expect(survey.status).toBe("closed");
    expect((await submit(id, { nps: 9 }, { touchpoint: "app" })).statusCode).toBe(410);
    const audit = json<{ items: { action: string; after: { reason?: string } }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/audit-log?limit=1", headers: bearer(ws.keys.owner) }),
    );
    expect(audit.items[0]).toMatchObject({
      action: "survey.status_change",
      after: { status: "closed", reason: 'quota "Chi nhánh" is full' },
    });
  });

  it("never overfills a quota under concurrent submissions", async () => {
    const id = await liveSurvey([branchQuota("screen_out", 5)]);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => submit(id, { nps: 7 }, { touchpoint: "branch" })),
    );
    const statuses = results.map((r) => json<{ status: string }>(r).status);
    expect(statuses.filter((s) => s === "completed")).toHaveLength(5);
    expect(statuses.filter((s) => s === "screened_out")).toHaveLength(7);
  });

  it("does not count a retried submission twice", async () => {
    const id = await liveSurvey([branchQuota("screen_out", 1)]);
    const payload = { answers: { nps: 9 }, hidden: { touchpoint: "branch" }, clientResponseId: "once" };
    for (let i = 0; i < 3; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/v1/surveys/${id}/responses`,
        headers: bearer(ws.keys.agent),
        payload,
      });
      expect(json<{ status: string }>(response).status).toBe("completed");
    }
  });
});
