// Builders for the timeline and context tests: a survey with the three scores and an open question,
// responses sent through the API and attached by their job, interactions and profile events written
// straight into their tables at chosen times (ties included), and the timeline order computed from rows.
import type { SurveyDefinitionInput, TimelineKind } from "@touchpoint/core";
import { and, eq } from "drizzle-orm";
import { newId } from "../../platform/ids.ts";
import { bearer, json, type SeededWorkspace, type TestApp } from "../../testing/test-app.ts";
import { RESPONSE_COMPLETED_JOB } from "../responses/jobs.ts";
import { responses } from "../responses/schema.ts";
import { customerEvents, interactions } from "./schema.ts";
import { KIND_RANK } from "./timeline-cursor.ts";

/** NPS, CSAT, CES and an open question on one page; Vietnamese first, English second. */
export const experienceSurvey = (): SurveyDefinitionInput => ({
  title: { vi: "Trải nghiệm giao dịch", en: "Transaction experience" },
  defaultLanguage: "vi",
  languages: ["vi", "en"],
  pages: [
    {
      id: "p1",
      questions: [
        { id: "nps", type: "nps", title: { vi: "Giới thiệu?" } },
        { id: "csat", type: "csat", title: { vi: "Hài lòng?" } },
        { id: "ces", type: "ces", title: { vi: "Dễ dàng?" } },
        { id: "why", type: "text", title: { vi: "Vì sao?" } },
      ],
    },
  ],
  endings: [{ id: "thanks", title: { vi: "Cảm ơn!" } }],
});

export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export async function createCustomer(t: TestApp, ws: SeededWorkspace, body: object): Promise<string> {
  const created = await t.app.inject({
    method: "POST",
    url: "/api/v1/customers",
    headers: bearer(ws.keys.agent),
    payload: body,
  });
  if (created.statusCode !== 201) throw new Error(`customer not created: ${created.body}`);
  return json<{ id: string }>(created).id;
}

/** Submits a response through the API (completed at `at` unless partial) and runs its job. */
export async function respond(
  t: TestApp,
  ws: SeededWorkspace,
  surveyId: string,
  body: {
    answers: Record<string, unknown>;
    customer?: object;
    at?: Date;
    complete?: boolean;
    channel?: string;
  },
): Promise<string> {
  const sent = await t.app.inject({
    method: "POST",
    url: `/api/v1/surveys/${surveyId}/responses`,
    headers: bearer(ws.keys.agent),
    payload: {
      answers: body.answers,
      channel: body.channel ?? "app",
      complete: body.complete ?? true,
      ...(body.customer ? { customer: body.customer } : {}),
      ...(body.at ? { submittedAt: body.at.toISOString() } : {}),
    },
  });
  if (sent.statusCode !== 201) throw new Error(`response not stored: ${sent.body}`);
  await t.jobs.runDue(RESPONSE_COMPLETED_JOB);
  return json<{ id: string }>(sent).id;
}

export async function addInteraction(
  t: TestApp,
  ws: SeededWorkspace,
  customerId: string,
  at: Date,
  fields: Partial<typeof interactions.$inferInsert> = {},
): Promise<string> {
  const id = newId();
  await t.testDb.database.db.insert(interactions).values({
    workspaceId: ws.workspaceId,
    id,
    customerId,
    channel: "app",
    type: "login",
    occurredAt: at,
    createdAt: at,
    ...fields,
  });
  return id;
}

export async function addEvent(
  t: TestApp,
  ws: SeededWorkspace,
  customerId: string,
  at: Date,
  kind = "updated",
): Promise<string> {
  const id = newId();
  await t.testDb.database.db.insert(customerEvents).values({
    workspaceId: ws.workspaceId,
    id,
    customerId,
    kind,
    data: { fields: ["tags"] },
    actor: { type: "system", id: null, label: "system", requestId: null },
    occurredAt: at,
  });
  return id;
}

export interface ItemKey {
  kind: TimelineKind;
  id: string;
}

/**
 * The customer's whole timeline as its rows say it must be: newest first, the same instant ordered by kind
 * (response, interaction, event), then by id, descending.
 */
export async function expectedTimeline(
  t: TestApp,
  ws: SeededWorkspace,
  customerId: string,
  kinds: TimelineKind[] = ["interaction", "response", "event"],
): Promise<ItemKey[]> {
  const { db } = t.testDb.database;
  const rows: (ItemKey & { at: number })[] = [];
  for (const row of await db
    .select({ id: interactions.id, at: interactions.occurredAt })
    .from(interactions)
    .where(and(eq(interactions.workspaceId, ws.workspaceId), eq(interactions.customerId, customerId)))) {
    rows.push({ kind: "interaction", id: row.id, at: row.at.getTime() });
  }
  for (const row of await db
    .select({ id: responses.id, completedAt: responses.completedAt, createdAt: responses.createdAt })
    .from(responses)
    .where(and(eq(responses.workspaceId, ws.workspaceId), eq(responses.customerId, customerId)))) {
    rows.push({ kind: "response", id: row.id, at: (row.completedAt ?? row.createdAt).getTime() });
  }
  for (const row of await db
    .select({ id: customerEvents.id, at: customerEvents.occurredAt })
    .from(customerEvents)
    .where(and(eq(customerEvents.workspaceId, ws.workspaceId), eq(customerEvents.customerId, customerId)))) {
    rows.push({ kind: "event", id: row.id, at: row.at.getTime() });
  }
  return rows
    .filter((row) => kinds.includes(row.kind))
    .sort(
      (a, b) =>
        b.at - a.at || KIND_RANK[b.kind] - KIND_RANK[a.kind] || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    )
    .map(({ kind, id }) => ({ kind, id }));
}
