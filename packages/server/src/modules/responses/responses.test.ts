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
import { RESPONSE_COMPLETED_JOB } from "./jobs.ts";

interface ResponseBody {
  id: string;
  status: string;
  surveyVersion: number;
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  language: string;
  ending: string | null;
}
type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

describe.each(testEngines)("responses API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let surveyId: string;

  const inject = (
    method: "GET" | "POST" | "PATCH",
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...bearer(ws.keys.agent), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const submit = (payload: unknown, headers: Record<string, string> = {}, id = surveyId) =>
    inject("POST", `/api/v1/surveys/${id}/responses`, payload, headers);
  const newSurvey = async (status = "live") => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { definition: exampleNpsSurvey() },
    });
    const id = json<{ id: string }>(created).id;
    if (status !== "draft") {
      await t.app.inject({
        method: "POST",
        url: `/api/v1/surveys/${id}/status`,
        headers: bearer(ws.keys.analyst),
        payload: { status: "live" },
      });
    }
    if (status === "closed" || status === "paused") {
      await t.app.inject({
        method: "POST",
        url: `/api/v1/surveys/${id}/status`,
        headers: bearer(ws.keys.analyst),
        payload: { status },
      });
    }
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    surveyId = await newSurvey();
  });
  afterAll(() => t.dispose());

  it("stores a response in canonical form with its hidden fields, channel and language", async () => {
    const response = await submit({
      answers: {
        nps: 3,
        reason: "  Nhân viên thu ngân thái độ không tốt  ",
        csat: 2,
        channel_used: "branch",
      },
      hidden: { touchpoint: "quay-giao-dich", order_id: "HD-1001" },
      channel: "branch",
      language: "vi",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(json<ResponseBody>(response)).toMatchObject({
      status: "completed",
      surveyVersion: 1,
      language: "vi",
      ending: "thanks",
      hidden: { touchpoint: "quay-giao-dich", order_id: "HD-1001" },
      answers: {
        nps: 3,
        reason: "Nhân viên thu ngân thái độ không tốt",
        csat: 2,
        channel_used: { choice: "branch" },
      },
    });
  });

  it("counts completed responses on the survey through the outbox job", async () => {
    const id = await newSurvey();
    await submit({ answers: { nps: 10 } }, {}, id);
    await submit({ answers: { nps: 9 } }, {}, id);
    expect(await t.jobs.runDue(RESPONSE_COMPLETED_JOB)).toBeGreaterThanOrEqual(2);
    const survey = json<{ responseCount: number }>(
      await t.app.inject({ method: "GET", url: `/api/v1/surveys/${id}`, headers: bearer(ws.keys.viewer) }),
    );
    expect(survey.responseCount).toBe(2);
  });

  it("stores a retried submission once and says it was replayed", async () => {
    const payload = { answers: { nps: 8 }, hidden: { order_id: "HD-2002" } };
    const first = await submit(payload, { "idempotency-key": "retry-2002" });
    const second = await submit(payload, { "idempotency-key": "retry-2002" });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(json<ResponseBody>(second).id).toBe(json<ResponseBody>(first).id);
    const viaBody = await submit({ ...payload, clientResponseId: "retry-2002" });
    expect(viaBody.statusCode).toBe(200);
  });

  it("stores concurrent retries of one submission exactly once", async () => {
    const payload = { answers: { nps: 7 }, clientResponseId: "burst-1" };
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(payload)));
    const ids = new Set(results.map((r) => json<ResponseBody>(r).id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
  });

  it("refuses a reused key carrying a different response with 409", async () => {
    await submit({ answers: { nps: 5 } }, { "idempotency-key": "reuse-1" });
    const other = await submit({ answers: { nps: 6 } }, { "idempotency-key": "reuse-1" });
    expect(other.statusCode).toBe(409);
    expect(json<Problem>(other).code).toBe("idempotency_key_reused");
  });

  it("answers invalid answers with 422 and the path of every bad field", async () => {
    const response = await submit({
      answers: { nps: 11, csat: "five", channel_used: "pigeon", ghost: 1 },
      hidden: { campaign: "x" },
    });
    expect(response.statusCode).toBe(422);
    const paths = json<Problem>(response).errors?.map((e) => e.path) ?? [];
    for (const field of [
      "answers.nps",
      "answers.csat",
      "answers.channel_used",
      "answers.ghost",
      "hidden.campaign",
    ]) {
      expect(
        paths.some((path) => path === field || path.startsWith(`${field}.`)),
        `${field} in ${paths}`,
      ).toBe(true);
    }
  });

  it("refuses an answer to a question the logic hid, and a missing required answer", async () => {
    // A promoter jumps past the detractor page, so "reason" is not shown to them.
    const hiddenByLogic = await submit({ answers: { nps: 10, reason: "Tuyệt vời" } });
    expect(hiddenByLogic.statusCode).toBe(422);
    expect(json<Problem>(hiddenByLogic).errors?.map((e) => e.path)).toContain("answers.reason");
    const missing = await submit({ answers: { csat: 4 } });
    expect(missing.statusCode).toBe(422);
    expect(json<Problem>(missing).errors?.map((e) => e.path)).toContain("answers.nps");
  });

  it("refuses a language the survey does not speak with 422", async () => {
    const response = await submit({ answers: { nps: 9 }, language: "fr" });
    expect(response.statusCode).toBe(422);
    expect(json<Problem>(response).errors?.[0]?.path).toBe("language");
  });

  it("answers 410 for a closed survey, 409 for a draft or paused one, 404 for an unknown one", async () => {
    expect((await submit({ answers: { nps: 9 } }, {}, await newSurvey("closed"))).statusCode).toBe(410);
    expect((await submit({ answers: { nps: 9 } }, {}, await newSurvey("draft"))).statusCode).toBe(409);
    expect((await submit({ answers: { nps: 9 } }, {}, await newSurvey("paused"))).statusCode).toBe(409);
    expect(
      (await submit({ answers: { nps: 9 } }, {}, "01900000-0000-7000-8000-000000000000")).statusCode,
    ).toBe(404);
  });

  it("keeps text as sent in NFC and refuses text over the limit instead of truncating it", async () => {
    const decomposed = "Dịch vụ tốt".normalize("NFD");
    const stored = json<ResponseBody>(await submit({ answers: { nps: 4, reason: decomposed } }));
    expect(stored.answers.reason).toBe("Dịch vụ tốt".normalize("NFC"));
    const tooLong = await submit({ answers: { nps: 4, reason: "a".repeat(5001) } });
    expect(tooLong.statusCode).toBe(422);
  });

  it("completes a partial response page by page, against the version it started on", async () => {
    const id = await newSurvey();
    const partial = json<ResponseBody>(await submit({ answers: { nps: 2 }, complete: false }, {}, id));
    expect(partial.status).toBe("partial");
    const definition = exampleNpsSurvey();
    definition.title = { vi: "Phiên bản 2", en: "Version 2" };
    await t.app.inject({
      method: "PATCH",
      url: `/api/v1/surveys/${id}`,
      headers: bearer(ws.keys.analyst),
      payload: { definition },
    });
    const done = await inject("PATCH", `/api/v1/surveys/${id}/responses/${partial.id}`, {
      answers: { reason: "Chờ quá lâu" },
      complete: true,
    });
    expect(json<ResponseBody>(done)).toMatchObject({
      status: "completed",
      surveyVersion: 1,
      answers: { nps: 2, reason: "Chờ quá lâu" },
    });
    const again = await inject("PATCH", `/api/v1/surveys/${id}/responses/${partial.id}`, {
      answers: {},
      complete: true,
    });
    expect(again.statusCode).toBe(409);
  });

  it("lists responses with filters on channel, language and hidden fields", async () => {
    const id = await newSurvey();
    await submit({ answers: { nps: 9 }, channel: "app", hidden: { touchpoint: "login" } }, {}, id);
    await submit(
      { answers: { nps: 1 }, channel: "branch", hidden: { touchpoint: "counter" }, language: "en" },
      {},
      id,
    );
    const get = async (query: string) =>
      json<{ items: ResponseBody[] }>(
        await t.app.inject({
          method: "GET",
          url: `/api/v1/surveys/${id}/responses?${query}`,
          headers: bearer(ws.keys.viewer),
        }),
      );
    expect((await get("channel=app")).items.map((r) => r.answers.nps)).toEqual([9]);
    expect((await get("language=en")).items.map((r) => r.answers.nps)).toEqual([1]);
    expect((await get("hidden=touchpoint:counter")).items.map((r) => r.answers.nps)).toEqual([1]);
    expect((await get("")).items).toHaveLength(2);
  });

  it("hides responses of another workspace", async () => {
    const other = await seedWorkspace(t);
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/responses`,
      headers: bearer(other.keys.agent),
      payload: { answers: { nps: 9 } },
    });
    expect(response.statusCode).toBe(404);
    const list = await t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${surveyId}/responses`,
      headers: bearer(other.keys.viewer),
    });
    expect(list.statusCode).toBe(404);
  });
});
