// Builders for invitation tests: an app wired to a local SMTP server, a live survey, a send through the
// API, and the jobs run the way the workers would run them.

import type { Invitation, SendInvitationsResult, SurveyDefinitionInput } from "@touchpoint/core";
import {
  bearer,
  createTestApp,
  json,
  publishTestSurvey,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import type { Engine } from "../../testing/test-database.ts";
import { RECONCILE_COMPLETIONS_JOB, REMIND_INVITATIONS_JOB, SEND_INVITATION_JOB } from "./job-names.ts";
import { TestMailbox } from "./test-mailbox.ts";

export interface InvitationsTest {
  t: TestApp;
  ws: SeededWorkspace;
  mailbox: TestMailbox;
  dispose(): Promise<void>;
}

export async function startInvitationsTest(engine: Engine): Promise<InvitationsTest> {
  const mailbox = await new TestMailbox().start();
  const t = await createTestApp(engine, { smtpUrl: mailbox.url });
  const ws = await seedWorkspace(t);
  return {
    t,
    ws,
    mailbox,
    dispose: async () => {
      await t.dispose();
      await mailbox.stop();
    },
  };
}

export function publishSurvey(
  { t, ws }: Pick<InvitationsTest, "t" | "ws">,
  definition?: SurveyDefinitionInput,
) {
  return publishTestSurvey(t, ws, definition);
}

export function postInvitations(
  { t, ws }: Pick<InvitationsTest, "t" | "ws">,
  surveyId: string,
  payload: object,
  key = ws.keys.analyst,
) {
  return t.app.inject({
    method: "POST",
    url: `/api/v1/surveys/${surveyId}/invitations`,
    headers: bearer(key),
    payload,
  });
}

/** Sends and checks the 202; returns the result. */
export async function invite(test: InvitationsTest, surveyId: string, payload: object) {
  const response = await postInvitations(test, surveyId, payload);
  if (response.statusCode !== 202) throw new Error(`send failed: ${response.statusCode} ${response.body}`);
  return json<SendInvitationsResult>(response);
}

export async function invitationsOf({ t, ws }: InvitationsTest, batchId: string, query = "") {
  const response = await t.app.inject({
    method: "GET",
    url: `/api/v1/invitation-batches/${batchId}/invitations${query}`,
    headers: bearer(ws.keys.viewer),
  });
  return json<{ items: Invitation[]; nextCursor: string | null }>(response).items;
}

export const deliverQueued = (t: TestApp) => t.jobs.runDue(SEND_INVITATION_JOB);

/** What the 15-minute schedule does, then the sends it enqueued. */
export async function runReminders(t: TestApp) {
  await t.jobs.boss.send(REMIND_INVITATIONS_JOB, {});
  await t.jobs.runDue(REMIND_INVITATIONS_JOB);
  await t.jobs.runDue(SEND_INVITATION_JOB);
}

export async function runCompletionCheck(t: TestApp) {
  await t.jobs.boss.send(RECONCILE_COMPLETIONS_JOB, {});
  await t.jobs.runDue(RECONCILE_COMPLETIONS_JOB);
}

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
