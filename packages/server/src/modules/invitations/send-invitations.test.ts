import type { InvitationBatch } from "@touchpoint/core";
import { exampleNpsSurvey } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, json, seedWorkspace } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { tokenIn } from "./test-mailbox.ts";
import {
  deliverQueued,
  type InvitationsTest,
  invitationsOf,
  invite,
  postInvitations,
  publishSurvey,
  startInvitationsTest,
} from "./test-sends.ts";

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

describe.each(testEngines)("sending invitations on %s", (engine) => {
  let test: InvitationsTest;
  beforeAll(async () => {
    test = await startInvitationsTest(engine);
  });
  afterAll(() => test.dispose());

  it("sends one email per recipient, in their language, with their name and one link per NPS score", async () => {
    const survey = await publishSurvey(test);
    const result = await invite(test, survey.id, {
      recipients: [
        { email: "Lan.Nguyen@Example.com", name: "Lan", language: "vi", hidden: { order_id: "A-1" } },
        { email: "sam@example.com", name: "Sam", language: "en" },
        { email: "kim@example.com", language: "fr" },
      ],
      subject: {
        vi: "{{customer.name | Bạn}} ơi, góp ý giúp chúng tôi",
        en: "{{customer.name}}, a quick question",
      },
    });
    expect(result).toMatchObject({ queued: 3, suppressed: 0, duplicates: 0, invalid: 0, errors: [] });
    expect(result.batch.statusCounts).toMatchObject({ queued: 3, sent: 0 });
    expect(await deliverQueued(test.t)).toBe(3);

    const [lan] = test.mailbox.to("lan.nguyen@example.com");
    expect(lan?.subject).toBe("Lan ơi, góp ý giúp chúng tôi");
    expect(lan?.text).toContain("Xin chào Lan,");
    expect(lan?.text).toContain("Bạn có sẵn sàng giới thiệu chúng tôi cho bạn bè không?");
    expect(lan?.headers.get("from")).toContain("no-reply@touchpoint.local");
    const token = tokenIn(lan);
    for (const score of [0, 5, 10]) expect(lan?.html).toContain(`/i/${token}?a=${score}"`);
    expect(lan?.html).toContain(`/i/${token}/open.gif`);
    expect(lan?.headers.get("list-unsubscribe")).toBe(`<http://localhost:80/i/${token}/unsubscribe>`);
    expect(lan?.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    const [sam] = test.mailbox.to("sam@example.com");
    expect(sam?.subject).toBe("Sam, a quick question");
    expect(sam?.text).toContain("How likely are you to recommend us to a friend?");
    expect(sam?.text).toMatch(/0 \(Not at all likely\): http:\/\/localhost:80\/i\/[\w-]{43}\?a=0/);
    // French is not a language of the survey: its default, Vietnamese.
    expect(test.mailbox.to("kim@example.com")[0]?.text).toContain("Xin chào,");

    const invitations = await invitationsOf(test, result.batch.id);
    expect(invitations.map((i) => [i.email, i.status, i.language])).toEqual([
      ["lan.nguyen@example.com", "sent", "vi"],
      ["sam@example.com", "sent", "en"],
      ["kim@example.com", "sent", "vi"],
    ]);
    expect(invitations[0]?.hidden).toEqual({ order_id: "A-1" });
  });

  it("links to the survey with a start button when the first question is not a score", async () => {
    const survey = await publishSurvey(test, {
      title: { en: "Visit" },
      defaultLanguage: "en",
      languages: ["en"],
      pages: [{ id: "p1", questions: [{ id: "why", type: "text", title: { en: "Why did you come?" } }] }],
      endings: [{ id: "end", title: { en: "Thanks" } }],
    });
    await invite(test, survey.id, { recipients: [{ email: "start-link@example.com" }] });
    await deliverQueued(test.t);
    const [email] = test.mailbox.to("start-link@example.com");
    expect(email?.subject).toBe("Visit");
    expect(email?.text).toMatch(/Start the survey: http:\/\/localhost:80\/i\/[\w-]{43}\r?\n/);
    expect(email?.html).not.toContain("?a=");
  });

  it("reports CSV rows with a bad email by line, counts duplicates and queues the rest", async () => {
    const survey = await publishSurvey(test);
    const csv = [
      "email,name,language,hidden.order_id",
      "csv-1@example.com,Minh,vi,B-7",
      "not-an-email,Nobody,en,",
      "CSV-1@example.com,Minh again,vi,",
      "csv-2@example.com,,en,C-9",
    ].join("\n");
    const response = await test.t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${survey.id}/invitations?reminders.count=1&subject.en=Hi`,
      headers: { ...bearer(test.ws.keys.admin), "content-type": "text/csv" },
      payload: csv,
    });
    expect(response.statusCode).toBe(202);
    const result = json<{ queued: number; duplicates: number; invalid: number; batch: InvitationBatch }>(
      response,
    );
    expect(result).toMatchObject({
      queued: 2,
      duplicates: 1,
      invalid: 1,
      errors: [{ row: 3, errors: [{ path: "email", message: "must be an email address" }] }],
    });
    expect(result.batch).toMatchObject({
      reminders: { count: 1, intervalHours: 72 },
      subject: { en: "Hi" },
      counts: { recipients: 4, queued: 2, duplicates: 1, invalid: 1 },
    });
    const invitations = await invitationsOf(test, result.batch.id);
    expect(invitations.map((i) => [i.email, i.name, i.hidden])).toEqual([
      ["csv-1@example.com", "Minh", { order_id: "B-7" }],
      ["csv-2@example.com", null, { order_id: "C-9" }],
    ]);
  });

  it("refuses a CSV with an unknown column, JSON rows with undeclared hidden fields and wrong types by field", async () => {
    const survey = await publishSurvey(test);
    const csv = await test.t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${survey.id}/invitations`,
      headers: { ...bearer(test.ws.keys.admin), "content-type": "text/csv" },
      payload: "email,phone\nx@example.com,0901\n",
    });
    expect(csv.statusCode).toBe(422);
    expect(json<Problem>(csv)).toMatchObject({ code: "invalid_csv", errors: [{ path: "columns.phone" }] });
    const rows = await postInvitations(test, survey.id, {
      recipients: [{ email: "hidden@example.com", hidden: { coupon: "X", invitation_id: "forged" } }],
    });
    expect(rows.statusCode).toBe(422);
    expect(json<Problem>(rows)).toMatchObject({
      code: "no_valid_recipients",
      errors: [
        { path: "rows.1.hidden.coupon", message: "this survey has no hidden field with this key" },
        { path: "rows.1.hidden.invitation_id", message: "is set by Touchpoint" },
      ],
    });
    const shape = await postInvitations(test, survey.id, {
      recipients: [{ email: 5 }],
      reminders: { count: "2" },
    });
    expect(shape.statusCode).toBe(400);
    expect(json<Problem>(shape).errors?.map((error) => error.path)).toEqual([
      "reminders.count",
      "recipients.0.email",
    ]);
  });

  it("refuses a survey that is not live and lets viewers read but not send", async () => {
    const draft = json<{ id: string }>(
      await test.t.app.inject({
        method: "POST",
        url: "/api/v1/surveys",
        headers: bearer(test.ws.keys.analyst),
        payload: { definition: exampleNpsSurvey() },
      }),
    );
    const refused = await postInvitations(test, draft.id, { recipients: [{ email: "d@example.com" }] });
    expect(refused.statusCode).toBe(409);
    expect(json<Problem>(refused).code).toBe("survey_not_live");
    const survey = await publishSurvey(test);
    const viewer = await postInvitations(
      test,
      survey.id,
      { recipients: [{ email: "v@example.com" }] },
      test.ws.keys.viewer,
    );
    expect(viewer.statusCode).toBe(403);
    const list = await test.t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${survey.id}/invitations/batches`,
      headers: bearer(test.ws.keys.viewer),
    });
    expect(list.statusCode).toBe(200);
  });

  it("documents the invitations API in the OpenAPI document", async () => {
    const doc = json<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>(
      await test.t.app.inject({ method: "GET", url: "/api/v1/openapi.json" }),
    );
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/surveys/{id}/invitations",
        "/api/v1/surveys/{id}/invitations/batches",
        "/api/v1/invitation-batches/{id}",
        "/api/v1/invitation-batches/{id}/invitations",
      ]),
    );
    expect(doc.paths["/api/v1/surveys/{id}/invitations"]?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths).some((path) => path.startsWith("/i/"))).toBe(false);
  });

  it("keeps each workspace's sends to itself", async () => {
    const survey = await publishSurvey(test);
    const result = await invite(test, survey.id, { recipients: [{ email: "own@example.com" }] });
    const other = await seedWorkspace(test.t);
    for (const url of [
      `/api/v1/invitation-batches/${result.batch.id}`,
      `/api/v1/invitation-batches/${result.batch.id}/invitations`,
      `/api/v1/surveys/${survey.id}/invitations/batches`,
    ]) {
      const response = await test.t.app.inject({ method: "GET", url, headers: bearer(other.keys.owner) });
      expect(response.statusCode, url).toBe(404);
    }
    const send = await postInvitations({ t: test.t, ws: other }, survey.id, {
      recipients: [{ email: "x@example.com" }],
    });
    expect(send.statusCode).toBe(404);
  });
});

describe.each(testEngines)("sending invitations without SMTP on %s", (engine) => {
  it("refuses a new send with 409 smtp_not_configured", async () => {
    const t = await createTestApp(engine);
    try {
      const ws = await seedWorkspace(t);
      const survey = await publishSurvey({ t, ws });
      const response = await postInvitations({ t, ws }, survey.id, {
        recipients: [{ email: "a@example.com" }],
      });
      expect(response.statusCode).toBe(409);
      expect(json<Problem>(response).code).toBe("smtp_not_configured");
    } finally {
      await t.dispose();
    }
  });
});
