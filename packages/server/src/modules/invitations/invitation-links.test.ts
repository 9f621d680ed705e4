import { exampleNpsSurvey } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, json } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { tokenIn } from "./test-mailbox.ts";
import {
  deliverQueued,
  type InvitationsTest,
  invitationsOf,
  invite,
  publishSurvey,
  runCompletionCheck,
  startInvitationsTest,
} from "./test-sends.ts";

interface StoredResponse {
  id: string;
  status: string;
  channel: string;
  language: string;
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  customer: { email?: string; name?: string } | null;
}

describe.each(testEngines)("invitation links on %s", (engine) => {
  let test: InvitationsTest;
  beforeAll(async () => {
    test = await startInvitationsTest(engine);
  });
  afterAll(() => test.dispose());

  /** A live survey sent to one address; its link token and batch. */
  const sendTo = async (email: string, language = "en") => {
    const survey = await publishSurvey(test);
    const result = await invite(test, survey.id, {
      recipients: [{ email, name: "Hoa", language, hidden: { order_id: "O-42" } }],
    });
    await deliverQueued(test.t);
    return { survey, batchId: result.batch.id, token: tokenIn(test.mailbox.to(email)[0]) };
  };
  const get = (url: string, headers: Record<string, string> = {}) =>
    test.t.app.inject({ method: "GET", url, headers });
  const responsesOf = async (surveyId: string) =>
    json<{ items: StoredResponse[] }>(
      await test.t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${surveyId}/responses`,
        headers: bearer(test.ws.keys.analyst),
      }),
    ).items;

  it("records the clicked NPS score on an email response and opens the hosted page on it", async () => {
    const { survey, batchId, token } = await sendTo("score@example.com");
    const click = await get(`/i/${token}?a=3`);
    expect(click.statusCode).toBe(303);
    expect(click.headers.location).toBe(`/s/${survey.slug}?lang=en`);
    const cookie = click.cookies.find((c) => c.name === `tp_r_${survey.id}`);
    expect(cookie).toMatchObject({ path: "/s/", httpOnly: true, sameSite: "Lax" });

    const [response] = await responsesOf(survey.id);
    expect(response).toMatchObject({
      status: "partial",
      channel: "email",
      language: "en",
      answers: { nps: 3 },
      hidden: { order_id: "O-42" },
      customer: { email: "score@example.com", name: "Hoa" },
    });
    const [invitation] = await invitationsOf(test, batchId);
    expect(invitation).toMatchObject({ status: "started", responseId: response?.id });

    // The hosted page resumes the response: a detractor is asked what to improve next.
    const page = await get(`/s/${survey.slug}?lang=en`, { cookie: `${cookie?.name}=${cookie?.value}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("What should we improve?");

    // A second click changes the score on the same response; nothing is stored twice.
    expect((await get(`/i/${token}?a=9`)).statusCode).toBe(303);
    const responses = await responsesOf(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]?.answers).toEqual({ nps: 9 });
  });

  it("puts the invitation's id on the response when the survey declares an invitation_id field", async () => {
    const definition = exampleNpsSurvey();
    const survey = await publishSurvey(test, {
      ...definition,
      hiddenFields: [...(definition.hiddenFields ?? []), { key: "invitation_id" }],
    });
    const result = await invite(test, survey.id, { recipients: [{ email: "traced@example.com" }] });
    await deliverQueued(test.t);
    await get(`/i/${tokenIn(test.mailbox.to("traced@example.com")[0])}`);
    const [invitation] = await invitationsOf(test, result.batch.id);
    expect((await responsesOf(survey.id))[0]).toMatchObject({
      id: invitation?.responseId,
      answers: {},
      language: "vi",
      hidden: { invitation_id: invitation?.id },
    });
  });

  it("ignores a score outside the question's scale and still opens the survey", async () => {
    const { survey } = await sendTo("bad-score@example.com");
    const click = await get(`/i/${tokenIn(test.mailbox.to("bad-score@example.com")[0])}?a=11`);
    expect(click.statusCode).toBe(303);
    expect((await responsesOf(survey.id))[0]?.answers).toEqual({});
  });

  it("marks the invitation opened when the pixel loads, and completed once its response completes", async () => {
    const { survey, batchId, token } = await sendTo("done@example.com", "vi");
    const pixel = await get(`/i/${token}/open.gif`);
    expect(pixel.statusCode).toBe(200);
    expect(pixel.headers["content-type"]).toBe("image/gif");
    expect((await invitationsOf(test, batchId))[0]).toMatchObject({ status: "opened" });

    const click = await get(`/i/${token}?a=10`);
    expect(click.headers.location).toBe(`/s/${survey.slug}?lang=vi`);
    const [response] = await responsesOf(survey.id);
    await test.t.app.inject({
      method: "PATCH",
      url: `/api/v1/surveys/${survey.id}/responses/${response?.id}`,
      headers: bearer(test.ws.keys.agent),
      payload: { complete: true },
    });
    await runCompletionCheck(test.t);
    const [invitation] = await invitationsOf(test, batchId);
    expect(invitation).toMatchObject({ status: "completed" });
    expect(invitation?.openedAt).not.toBeNull();
    expect(invitation?.completedAt).not.toBeNull();
    const batch = await get(`/api/v1/invitation-batches/${batchId}`, bearer(test.ws.keys.viewer));
    expect(json<{ statusCounts: Record<string, number> }>(batch).statusCounts).toMatchObject({
      completed: 1,
      started: 0,
    });
  });

  it("answers an unknown or malformed token with a 404 page, and still serves the pixel", async () => {
    for (const url of [`/i/${"x".repeat(43)}`, "/i/short", `/i/${"y".repeat(43)}/unsubscribe`]) {
      const page = await get(url, { "accept-language": "en" });
      expect(page.statusCode, url).toBe(404);
      expect(page.body).toContain("Invitation not found");
    }
    expect((await get(`/i/${"x".repeat(43)}/open.gif`)).statusCode).toBe(200);
  });

  it("unsubscribes on confirmation (and on a one-click POST), then says so on every link", async () => {
    const { batchId, token } = await sendTo("leave@example.com", "vi");
    const confirm = await get(`/i/${token}/unsubscribe`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('<form method="post">');
    expect(confirm.body).toContain("leave@example.com");
    // Showing the page changes nothing: link scanners fetch every URL of an email.
    expect((await invitationsOf(test, batchId))[0]).toMatchObject({ status: "sent" });

    const done = await test.t.app.inject({
      method: "POST",
      url: `/i/${token}/unsubscribe`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain("Bạn đã hủy nhận email khảo sát");
    expect((await invitationsOf(test, batchId))[0]).toMatchObject({ status: "unsubscribed" });
    const again = await get(`/i/${token}`);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain("Bạn đã hủy nhận email khảo sát");

    // No survey of the workspace invites the address again.
    const other = await publishSurvey(test);
    const next = await invite(test, other.id, { recipients: [{ email: "leave@example.com" }] });
    expect(next).toMatchObject({ queued: 0, suppressed: 1 });
    expect((await invitationsOf(test, next.batch.id))[0]).toMatchObject({
      status: "suppressed",
      suppressionReason: "unsubscribed",
    });
  });
});
