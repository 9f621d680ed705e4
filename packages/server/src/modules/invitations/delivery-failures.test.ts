import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngines } from "../../testing/test-database.ts";
import { DELIVERY_ATTEMPTS, deliverInvitation } from "./deliver-invitation.ts";
import { SEND_INVITATION_JOB } from "./job-names.ts";
import { mailSettingsFrom } from "./mailer.ts";
import {
  deliverQueued,
  type InvitationsTest,
  invitationsOf,
  invite,
  publishSurvey,
  startInvitationsTest,
} from "./test-sends.ts";

describe.each(testEngines)("delivery failures on %s", (engine) => {
  let test: InvitationsTest;
  beforeAll(async () => {
    test = await startInvitationsTest(engine);
  });
  afterAll(() => test.dispose());

  /** Runs the send handler as the queue would, with these mail settings. */
  const deliver = (invitationId: string, mail = mailSettingsFrom({ smtpUrl: test.mailbox.url })) => {
    const { t } = test;
    const deps = { database: t.testDb.database, jobs: t.jobs, clock: t.clock, secret: "s".repeat(32), mail };
    return deliverInvitation(deps, { workspaceId: test.ws.workspaceId, invitationId, reminder: 0 });
  };

  it("marks an invitation failed with the SMTP error when the server refuses the recipient with 550", async () => {
    const survey = await publishSurvey(test);
    test.mailbox.refused.add("gone@example.com");
    const result = await invite(test, survey.id, {
      recipients: [{ email: "gone@example.com" }, { email: "here@example.com" }],
    });
    await deliverQueued(test.t);
    const [gone, here] = await invitationsOf(test, result.batch.id);
    expect(gone).toMatchObject({ status: "failed", sentAt: null });
    expect(gone?.error).toMatch(/550 5\.1\.1 Mailbox unavailable/);
    expect(here).toMatchObject({ status: "sent", error: null });
    // The refused mailbox is on the suppression list: the next send holds it back.
    const again = await invite(test, (await publishSurvey(test)).id, {
      recipients: [{ email: "gone@example.com" }],
    });
    expect((await invitationsOf(test, again.batch.id))[0]).toMatchObject({
      status: "suppressed",
      suppressionReason: "bounced",
    });
  });

  it("stores 'SMTP_URL is not configured' on an invitation sent by a worker without SMTP", async () => {
    const survey = await publishSurvey(test);
    const result = await invite(test, survey.id, { recipients: [{ email: "no-smtp@example.com" }] });
    const [queued] = await invitationsOf(test, result.batch.id);
    await deliver(queued?.id ?? "", mailSettingsFrom({}));
    expect((await invitationsOf(test, result.batch.id))[0]).toMatchObject({
      status: "failed",
      error: "SMTP_URL is not configured",
    });
  });

  it("stores a passing failure (4xx) and lets the queue retry, then gives up after the last attempt", async () => {
    const survey = await publishSurvey(test);
    test.mailbox.deferred.add("busy@example.com");
    const result = await invite(test, survey.id, { recipients: [{ email: "busy@example.com" }] });
    await deliverQueued(test.t);
    const [waiting] = await invitationsOf(test, result.batch.id);
    expect(waiting).toMatchObject({ status: "queued" });
    expect(waiting?.error).toMatch(/451 4\.3\.0 Try again later/);
    const [job] = await test.t.jobs.boss.findJobs(SEND_INVITATION_JOB, {
      data: { invitationId: waiting?.id },
    });
    expect(job?.state).toBe("retry");
    for (let attempt = 2; attempt < DELIVERY_ATTEMPTS; attempt += 1) {
      await expect(deliver(waiting?.id ?? "")).rejects.toThrow("will retry");
    }
    await deliver(waiting?.id ?? "");
    expect((await invitationsOf(test, result.batch.id))[0]).toMatchObject({ status: "failed" });
  });

  it("sends on a retry once the server takes the message", async () => {
    const survey = await publishSurvey(test);
    test.mailbox.deferred.add("later@example.com");
    const result = await invite(test, survey.id, { recipients: [{ email: "later@example.com" }] });
    await deliverQueued(test.t);
    test.mailbox.deferred.delete("later@example.com");
    const [waiting] = await invitationsOf(test, result.batch.id);
    await deliver(waiting?.id ?? "");
    expect((await invitationsOf(test, result.batch.id))[0]).toMatchObject({ status: "sent", error: null });
    expect(test.mailbox.to("later@example.com")).toHaveLength(1);
  });
});
