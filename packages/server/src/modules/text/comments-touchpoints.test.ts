import type { CommentPage, CommentTouchpoints } from "@touchpoint/core";
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
import { createCustomer, daysBefore, experienceSurvey } from "../customers/timeline-test-fixtures.ts";
import { RESPONSE_COMPLETED_JOB } from "../responses/jobs.ts";
import { TEXT_ENRICH_JOB } from "./enrich-job.ts";

/** The experience survey invited from a touchpoint: the invitation passes `hidden.touchpoint`. */
const invitedSurvey = () => ({ ...experienceSurvey(), hiddenFields: [{ key: "touchpoint" }] });

describe.each(testEngines)("comment explorer: the touchpoint filter on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  const ids = { invited: "", blankHidden: "", uninvited: "", counter: "", login: "", plain: "" };
  const otherIds = { invited: "", atm: "" };
  let loginCustomer = "";

  const get = (url: string, key = ws.keys.viewer) =>
    t.app.inject({ method: "GET", url: `/api/v1${url}`, headers: bearer(key) });
  const comments = async (query: string, key = ws.keys.viewer) => {
    const response = await get(`/text/comments${query}`, key);
    expect(response.statusCode, response.body).toBe(200);
    return json<CommentPage>(response);
  };
  const touchpoints = async (key = ws.keys.viewer) => {
    const response = await get("/text/comments/touchpoints", key);
    expect(response.statusCode, response.body).toBe(200);
    return json<CommentTouchpoints>(response).items;
  };
  const sourceIds = (page: CommentPage) => page.items.map((item) => item.sourceId).sort();
  const respond = async (
    workspace: SeededWorkspace,
    surveyId: string,
    text: string,
    hidden: Record<string, string>,
    at: Date,
  ) => {
    const sent = await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/responses`,
      headers: bearer(workspace.keys.agent),
      payload: {
        answers: { nps: 3, why: text },
        hidden,
        channel: "app",
        complete: true,
        submittedAt: at.toISOString(),
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    return json<{ id: string }>(sent).id;
  };
  const note = async (
    workspace: SeededWorkspace,
    customer: object,
    text: string,
    touchpoint: string | undefined,
    at: Date,
  ) => {
    const sent = await t.app.inject({
      method: "POST",
      url: "/api/v1/interactions",
      headers: bearer(workspace.keys.agent),
      payload: {
        customer,
        channel: "branch",
        type: "visit",
        occurredAt: at.toISOString(),
        note: text,
        ...(touchpoint ? { touchpoint } : {}),
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    return json<{ id: string }>(sent).id;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    other = await seedWorkspace(t);
    const now = t.clock.now();
    const surveyId = (await publishTestSurvey(t, ws, invitedSurvey())).id;
    ids.invited = await respond(
      ws,
      surveyId,
      "Chuyển tiền tại quầy quá lâu",
      { touchpoint: "counter_transfer" },
      daysBefore(now, 1),
    );
    ids.blankHidden = await respond(
      ws,
      surveyId,
      "Nhân viên nhiệt tình",
      { touchpoint: "" },
      daysBefore(now, 2),
    );
    ids.uninvited = await respond(ws, surveyId, "Phí thường niên cao", {}, daysBefore(now, 3));
    ids.counter = await note(
      ws,
      { email: "an@example.vn" },
      "Khách phàn nàn phải chờ ở quầy",
      "counter_transfer",
      daysBefore(now, 4),
    );
    loginCustomer = await createCustomer(t, ws, { name: "Trần Thị Bình", emails: ["binh@example.vn"] });
    ids.login = await note(
      ws,
      { email: "binh@example.vn" },
      "Không đăng nhập được ứng dụng",
      "app_login",
      daysBefore(now, 5),
    );
    ids.plain = await note(
      ws,
      { email: "chi@example.vn" },
      "Khách hỏi về lãi suất",
      undefined,
      daysBefore(now, 6),
    );

    const otherSurvey = (await publishTestSurvey(t, other, invitedSurvey())).id;
    otherIds.invited = await respond(
      other,
      otherSurvey,
      "Quầy giao dịch đông quá",
      { touchpoint: "counter_transfer" },
      daysBefore(now, 1),
    );
    otherIds.atm = await note(
      other,
      { email: "dung@example.vn" },
      "Cây ATM nuốt thẻ",
      "atm_withdrawal",
      daysBefore(now, 2),
    );
    await t.jobs.runDue(RESPONSE_COMPLETED_JOB);
    await t.jobs.runDue(TEXT_ENRICH_JOB);
  });
  afterAll(() => t.dispose());

  it("filters by an interaction's touchpoint and by a response's hidden touchpoint alike", async () => {
    expect(sourceIds(await comments("?touchpoint=counter_transfer"))).toEqual(
      [ids.invited, ids.counter].sort(),
    );
    expect(sourceIds(await comments("?touchpoint=app_login"))).toEqual([ids.login]);
    // Trimmed like the search box; combined with the other filters.
    expect(sourceIds(await comments("?touchpoint=%20app_login%20"))).toEqual([ids.login]);
    expect(sourceIds(await comments("?touchpoint=counter_transfer&kind=response_answer"))).toEqual([
      ids.invited,
    ]);
    expect((await comments("?touchpoint=COUNTER_TRANSFER")).items).toEqual([]);
  });

  it("returns each comment's touchpoint, null without one (an empty hidden value is none)", async () => {
    const { items } = await comments("?limit=100");
    const bySource = Object.fromEntries(items.map((item) => [item.sourceId, item.touchpoint]));
    expect(bySource).toEqual({
      [ids.invited]: "counter_transfer",
      [ids.blankHidden]: null,
      [ids.uninvited]: null,
      [ids.counter]: "counter_transfer",
      [ids.login]: "app_login",
      [ids.plain]: null,
    });
  });

  it("keeps workspaces apart: another workspace's touchpoints are neither filtered nor listed", async () => {
    expect((await comments("?touchpoint=atm_withdrawal")).items).toEqual([]);
    expect(sourceIds(await comments("?touchpoint=counter_transfer", other.keys.viewer))).toEqual([
      otherIds.invited,
    ]);
    expect(sourceIds(await comments("?touchpoint=atm_withdrawal", other.keys.viewer))).toEqual([
      otherIds.atm,
    ]);
    expect(await touchpoints(other.keys.viewer)).toEqual([
      { touchpoint: "atm_withdrawal", comments: 1 },
      { touchpoint: "counter_transfer", comments: 1 },
    ]);
  });

  it("lists the touchpoints with their comment counts, most first", async () => {
    expect(await touchpoints()).toEqual([
      { touchpoint: "counter_transfer", comments: 2 },
      { touchpoint: "app_login", comments: 1 },
    ]);
  });

  it("refuses a blank or too long touchpoint and unknown parameters (400, with the field), and no key (401)", async () => {
    for (const value of ["", "%20%20", "x".repeat(101)]) {
      const refused = await get(`/text/comments?touchpoint=${value}`);
      expect(refused.statusCode, value).toBe(400);
      expect(JSON.stringify(json(refused).errors)).toContain("touchpoint");
    }
    expect((await get("/text/comments/touchpoints?limit=5")).statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/text/comments/touchpoints" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("stops counting an erased customer's comments", async () => {
    const erased = await t.app.inject({
      method: "POST",
      url: `/api/v1/customers/${loginCustomer}/erase`,
      headers: bearer(ws.keys.admin),
    });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await touchpoints()).toEqual([{ touchpoint: "counter_transfer", comments: 2 }]);
    expect((await comments("?touchpoint=app_login")).items).toEqual([]);
  });
});
