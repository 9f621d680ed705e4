import { exampleNpsSurvey, type Invitation } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, json } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import {
  DAY_MS,
  deliverQueued,
  type InvitationsTest,
  invitationsOf,
  invite,
  publishSurvey,
  startInvitationsTest,
} from "../invitations/test-sends.ts";
import { RESPONSE_COMPLETED_JOB } from "../responses/jobs.ts";

describe.each(testEngines)("contact-frequency rules across channels on %s", (engine) => {
  let test: InvitationsTest;
  beforeAll(async () => {
    test = await startInvitationsTest(engine);
  });
  afterAll(() => test.dispose());

  const invitationTo = async (surveyId: string, email: string): Promise<Invitation> => {
    const { batch } = await invite(test, surveyId, { recipients: [{ email }] });
    const [invitation] = await invitationsOf(test, batch.id);
    if (!invitation) throw new Error("no invitation");
    return invitation;
  };
  const statusOf = async (surveyId: string, email: string) => {
    const invitation = await invitationTo(surveyId, email);
    return [invitation.status, invitation.suppressionReason];
  };
  const contactCheck = (slug: string, payload: object) =>
    test.t.app.inject({ method: "POST", url: `/api/v1/public/surveys/${slug}/contact-check`, payload });
  const setWindow = (windowDays: number, key = test.ws.keys.admin) =>
    test.t.app.inject({
      method: "PUT",
      url: "/api/v1/contact-policy",
      headers: bearer(key),
      payload: { windowDays },
    });

  it("does not invite an address again within 30 days of any invitation, and does after", async () => {
    const [first, second] = [await publishSurvey(test), await publishSurvey(test)];
    expect(await statusOf(first.id, "often@example.com")).toEqual(["queued", null]);
    const sentAt = test.t.clock.now();
    test.t.clock.advance(10 * DAY_MS);
    const held = await invitationTo(second.id, "often@example.com");
    expect([held.status, held.suppressionReason]).toEqual(["suppressed", "recently_contacted"]);
    expect(held.heldBy).toEqual({
      reason: "recently_contacted",
      surveyId: first.id,
      channel: "email",
      kind: "invited",
      at: sentAt.toISOString(),
      until: new Date(sentAt.getTime() + 30 * DAY_MS).toISOString(),
    });
    // A suppressed invitation asked no one: the clock still counts from the first one.
    test.t.clock.advance(21 * DAY_MS);
    expect(await statusOf(second.id, "often@example.com")).toEqual(["queued", null]);
  });

  it("applies a survey's own doNotAskAgainDays to that survey", async () => {
    const quarterly = await publishSurvey(test, { ...exampleNpsSurvey(), doNotAskAgainDays: 90 });
    const other = await publishSurvey(test);
    expect(await statusOf(quarterly.id, "quarterly@example.com")).toEqual(["queued", null]);
    test.t.clock.advance(31 * DAY_MS);
    expect(await statusOf(quarterly.id, "quarterly@example.com")).toEqual(["suppressed", "recently_asked"]);
    expect(await statusOf(other.id, "quarterly@example.com")).toEqual(["queued", null]);
  });

  it("counts a response that names its customer, from any channel, against invitations", async () => {
    const callCentre = await publishSurvey(test);
    const email = await publishSurvey(test);
    const submitted = await test.t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${callCentre.id}/responses`,
      headers: bearer(test.ws.keys.analyst),
      payload: {
        answers: { nps: 9 },
        channel: "phone",
        customer: { externalId: "KH-1", email: "Caller@Example.com" },
      },
    });
    expect(submitted.statusCode).toBe(201);
    await test.t.jobs.runDue(RESPONSE_COMPLETED_JOB);
    const held = await invitationTo(email.id, "caller@example.com");
    expect(held.suppressionReason).toBe("recently_contacted");
    expect(held.heldBy).toMatchObject({ surveyId: callCentre.id, channel: "phone", kind: "responded" });
  });

  it("asks the widget's identified visitor once per window, and the invitation sees the widget's contact", async () => {
    const [banner, other, email] = [
      await publishSurvey(test),
      await publishSurvey(test),
      await publishSurvey(test),
    ];
    const customer = { externalId: "KH-2", email: "visitor@example.com" };
    const first = await contactCheck(banner.slug, { customer, channel: "widget" });
    expect(json(first)).toEqual({ ask: true });
    const shownAt = test.t.clock.now().getTime();
    test.t.clock.advance(DAY_MS);
    // Known by the id alone on another page: the same customer.
    const again = await contactCheck(other.slug, { customer: { externalId: "KH-2" } });
    expect(json(again)).toEqual({
      ask: false,
      reason: "recently_contacted",
      until: new Date(shownAt + 30 * DAY_MS).toISOString(),
    });
    expect((await invitationTo(email.id, "visitor@example.com")).heldBy).toMatchObject({
      surveyId: banner.id,
      channel: "widget",
      kind: "shown",
    });
  });

  it("does not show widget surveys to a customer who opted out of in-app surveys", async () => {
    const survey = await publishSurvey(test);
    const created = await test.t.app.inject({
      method: "POST",
      url: "/api/v1/customers",
      headers: bearer(test.ws.keys.agent),
      payload: {
        externalIds: [{ value: "KH-OPTOUT" }],
        consent: { in_app: { granted: false, source: "app settings" } },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const check = await contactCheck(survey.slug, { customer: { externalId: "KH-OPTOUT" } });
    expect(json(check)).toEqual({ ask: false, reason: "not_asked" });
    // Nothing was recorded as a contact: another customer is asked as usual.
    expect(json(await contactCheck(survey.slug, { customer: { externalId: "KH-OTHER" } }))).toEqual({
      ask: true,
    });
  });

  it("refuses a check that names no customer, or more than the keys", async () => {
    const survey = await publishSurvey(test);
    const anonymous = await contactCheck(survey.slug, { customer: { email: "  " } });
    expect(anonymous.statusCode).toBe(400);
    const extra = await contactCheck(survey.slug, { customer: { externalId: "x", name: "An" } });
    expect(extra.statusCode).toBe(400);
    expect(json<{ errors: { path: string }[] }>(extra).errors.map((e) => e.path)).toEqual(["customer.name"]);
  });

  it("forgets an invitation whose email could not be delivered", async () => {
    const [first, second] = [await publishSurvey(test), await publishSurvey(test)];
    test.mailbox.refused.add("gone@example.com");
    await invitationTo(first.id, "gone@example.com");
    await deliverQueued(test.t);
    test.mailbox.refused.delete("gone@example.com");
    // Refused mailboxes go on the suppression list, so only the log is under test here: the rule itself.
    const check = await contactCheck(second.slug, { customer: { email: "gone@example.com" } });
    expect(json(check)).toEqual({ ask: true });
  });

  it("lets owners and admins change the workspace's window, with an audit entry", async () => {
    const read = await test.t.app.inject({
      method: "GET",
      url: "/api/v1/contact-policy",
      headers: bearer(test.ws.keys.viewer),
    });
    expect(json(read)).toEqual({ windowDays: 30 });
    expect((await setWindow(7, test.ws.keys.analyst)).statusCode).toBe(403);
    expect((await setWindow(400)).statusCode).toBe(400);
    expect(json(await setWindow(7))).toEqual({ windowDays: 7 });
    const audit = await test.t.app.inject({
      method: "GET",
      url: "/api/v1/audit-log?limit=1",
      headers: bearer(test.ws.keys.admin),
    });
    expect(json<{ items: unknown[] }>(audit).items[0]).toMatchObject({
      action: "contacts.policy.update",
      before: { windowDays: 30 },
      after: { windowDays: 7 },
    });

    const [first, second] = [await publishSurvey(test), await publishSurvey(test)];
    await invitationTo(first.id, "weekly@example.com");
    test.t.clock.advance(6 * DAY_MS);
    expect(await statusOf(second.id, "weekly@example.com")).toEqual(["suppressed", "recently_contacted"]);
    test.t.clock.advance(2 * DAY_MS);
    expect(await statusOf(second.id, "weekly@example.com")).toEqual(["queued", null]);

    expect(json(await setWindow(0))).toEqual({ windowDays: 0 });
    expect(await statusOf(first.id, "weekly@example.com")).toEqual(["queued", null]);
    expect((await setWindow(30)).statusCode).toBe(200);
  });
});
