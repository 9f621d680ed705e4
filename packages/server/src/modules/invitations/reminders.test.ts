import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, json } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { tokenIn } from "./test-mailbox.ts";
import {
  deliverQueued,
  HOUR_MS,
  type InvitationsTest,
  invitationsOf,
  invite,
  publishSurvey,
  runReminders,
  startInvitationsTest,
} from "./test-sends.ts";

describe.each(testEngines)("invitation reminders on %s", (engine) => {
  let test: InvitationsTest;
  beforeAll(async () => {
    test = await startInvitationsTest(engine);
  });
  afterAll(() => test.dispose());

  it("reminds only those who have not answered, at the interval, and stops after the count", async () => {
    const survey = await publishSurvey(test);
    const people = ["answered", "left", "clicked", "silent"].map((name) => `${name}@example.com`);
    const result = await invite(test, survey.id, {
      recipients: people.map((email) => ({ email, language: "en" })),
      reminders: { count: 2, intervalHours: 48 },
    });
    await deliverQueued(test.t);
    const token = (email: string) => tokenIn(test.mailbox.to(email)[0]);
    const { app } = test.t;

    await app.inject({ method: "GET", url: `/i/${token("answered@example.com")}?a=9` });
    const [response] = json<{ items: { id: string }[] }>(
      await app.inject({
        method: "GET",
        url: `/api/v1/surveys/${survey.id}/responses`,
        headers: bearer(test.ws.keys.analyst),
      }),
    ).items;
    await app.inject({
      method: "PATCH",
      url: `/api/v1/surveys/${survey.id}/responses/${response?.id}`,
      headers: bearer(test.ws.keys.agent),
      payload: { complete: true },
    });
    await app.inject({ method: "POST", url: `/i/${token("left@example.com")}/unsubscribe` });
    await app.inject({ method: "GET", url: `/i/${token("clicked@example.com")}?a=5` });

    const received = () => people.map((email) => test.mailbox.to(email).length);
    test.t.clock.advance(47 * HOUR_MS);
    await runReminders(test.t);
    expect(received()).toEqual([1, 1, 1, 1]);

    test.t.clock.advance(2 * HOUR_MS);
    await runReminders(test.t);
    expect(received()).toEqual([1, 1, 2, 2]);
    const reminder = test.mailbox.to("silent@example.com")[1];
    expect(reminder?.subject).toBe("Reminder: Customer satisfaction survey");
    expect(reminder?.text).toContain("We are still keen to hear from you");
    expect(tokenIn(reminder)).toBe(token("silent@example.com"));

    test.t.clock.advance(49 * HOUR_MS);
    await runReminders(test.t);
    test.t.clock.advance(49 * HOUR_MS);
    await runReminders(test.t);
    expect(received()).toEqual([1, 1, 3, 3]);

    const byEmail = new Map((await invitationsOf(test, result.batch.id)).map((i) => [i.email, i]));
    expect(byEmail.get("answered@example.com")).toMatchObject({ status: "completed", remindersSent: 0 });
    expect(byEmail.get("left@example.com")).toMatchObject({ status: "unsubscribed", remindersSent: 0 });
    expect(byEmail.get("clicked@example.com")).toMatchObject({ status: "started", remindersSent: 2 });
    expect(byEmail.get("silent@example.com")).toMatchObject({
      status: "sent",
      remindersSent: 2,
      nextReminderAt: null,
    });
  });
});
