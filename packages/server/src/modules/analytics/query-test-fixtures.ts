// Builders for the analytics API tests: a survey with one question of each metric's type, responses built
// from exact answer counts (so expected figures come from counting, or from published reference values),
// stored and counted through the real completion path and rolled up.
import type { SurveyDefinitionInput } from "@touchpoint/core";
import { newId } from "../../platform/ids.ts";
import {
  bearer,
  json,
  publishTestSurvey,
  type SeededWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { invitationBatches, invitations } from "../invitations/schema.ts";
import { countCompletedResponse } from "../responses/jobs.ts";
import { responses } from "../responses/schema.ts";
import { textAnalyses } from "../text/schema.ts";
import { drainRollups } from "./jobs.ts";

const title = (text: string) => ({ vi: text });

export function analyticsSurvey(
  extra: SurveyDefinitionInput["pages"][number]["questions"] = [],
): SurveyDefinitionInput {
  return {
    title: title("Khảo sát phân tích"),
    defaultLanguage: "vi",
    languages: ["vi"],
    pages: [
      {
        id: "p1",
        questions: [
          { id: "nps", type: "nps", title: title("Giới thiệu?") },
          { id: "csat", type: "csat", title: title("Hài lòng?") },
          { id: "ces", type: "ces", title: title("Dễ dàng?") },
          { id: "goal", type: "goal_completion", title: title("Đạt mục tiêu?") },
          {
            id: "plan",
            type: "single_choice",
            title: title("Gói?"),
            choices: [
              { id: "basic", label: title("Cơ bản") },
              { id: "gold", label: title("Vàng") },
            ],
          },
          { id: "comment", type: "text", title: title("Góp ý?") },
          ...extra,
        ],
      },
    ],
    endings: [{ id: "thanks", title: title("Cảm ơn!") }],
    hiddenFields: [{ key: "office" }],
  };
}

export interface ResponseSpec {
  answers: Record<string, unknown>;
  channel?: string;
  /** Local date in Asia/Ho_Chi_Minh; the response completes at 12:00 local that day. */
  day: string;
  hidden?: Record<string, string>;
  customerId?: string | null;
  status?: "completed" | "partial";
  /** Seconds from start to completion. */
  seconds?: number;
}

/** NPS answers from [detractors, passives, promoters], spread over the scores of each category. */
export function npsScores([detractors, passives, promoters]: [number, number, number]): number[] {
  return [
    ...Array.from({ length: detractors }, (_, i) => i % 7),
    ...Array.from({ length: passives }, (_, i) => 7 + (i % 2)),
    ...Array.from({ length: promoters }, (_, i) => 9 + (i % 2)),
  ];
}

/** Days from..to (inclusive) in turn, for spreading responses over a period. */
export function cycleDays(from: string, length: number) {
  const start = Date.parse(`${from}T00:00:00Z`);
  return (i: number) => new Date(start + (i % length) * 86_400_000).toISOString().slice(0, 10);
}

/** Stores the responses, counts the completed ones (responses.completed) and drains the rollup queue. */
export async function ingestResponses(
  t: TestApp,
  workspaceId: string,
  surveyId: string,
  specs: ResponseSpec[],
) {
  const rows = specs.map((spec, i) => {
    // Noon in Ho Chi Minh City (UTC+7), a minute apart: far from any local midnight.
    const completedAt = new Date(Date.parse(`${spec.day}T05:00:00Z`) + (i % 600) * 60_000);
    const startedAt = new Date(completedAt.getTime() - (spec.seconds ?? 60) * 1000);
    const partial = spec.status === "partial";
    return {
      workspaceId,
      id: newId(),
      surveyId,
      surveyVersion: 1,
      status: partial ? "partial" : "completed",
      answers: spec.answers,
      hidden: spec.hidden ?? {},
      language: "vi",
      channel: spec.channel ?? "web",
      customerId: spec.customerId ?? null,
      startedAt,
      completedAt: partial ? null : completedAt,
      createdAt: startedAt,
      updatedAt: completedAt,
    };
  });
  const db = t.testDb.database.db;
  for (let i = 0; i < rows.length; i += 500) await db.insert(responses).values(rows.slice(i, i + 500));
  for (const row of rows) {
    if (row.status !== "completed") continue;
    await countCompletedResponse(
      { database: t.testDb.database, clock: t.clock, jobs: t.jobs },
      { workspaceId, responseId: row.id },
    );
  }
  await drainRollups(t.testDb.database, workspaceId);
  return rows;
}

/** A stored analysis of a response's open-text answer, as the text.enrich job leaves it. */
export async function addAnalysis(
  t: TestApp,
  workspaceId: string,
  responseId: string,
  sentiment: string,
  topics: string[] = [],
) {
  const now = new Date("2026-03-20T00:00:00Z");
  await t.testDb.database.db.insert(textAnalyses).values({
    workspaceId,
    id: newId(),
    sourceKind: "response_answer",
    sourceId: responseId,
    field: "comment",
    language: "vi",
    sentiment,
    score: 0,
    topics: topics.map((id) => ({ id, label: id, confidence: 1 })),
    modelVersion: "test",
    occurredAt: now,
    analysedAt: now,
  });
}

export async function createSurvey(t: TestApp, ws: SeededWorkspace, definition: SurveyDefinitionInput) {
  return (await publishTestSurvey(t, ws, definition)).id;
}

/** A string attribute the workspace defines, so profiles can carry it. */
export async function defineAttribute(t: TestApp, ws: SeededWorkspace, key: string) {
  const response = await t.app.inject({
    method: "PUT",
    url: `/api/v1/customer-attributes/${key}`,
    headers: bearer(ws.keys.admin),
    payload: { label: { vi: key }, type: "string" },
  });
  if (response.statusCode !== 200) throw new Error(`attribute ${key}: ${response.body}`);
}

export async function createCustomer(
  t: TestApp,
  ws: SeededWorkspace,
  tags: string[],
  attributes: Record<string, string> = {},
) {
  const created = await t.app.inject({
    method: "POST",
    url: "/api/v1/customers",
    headers: bearer(ws.keys.analyst),
    payload: { name: `Khách ${tags.join(" ")}`, tags, attributes },
  });
  if (created.statusCode !== 201) throw new Error(`customer: ${created.statusCode} ${created.body}`);
  return json<{ id: string }>(created).id;
}

export async function createTagSegment(t: TestApp, ws: SeededWorkspace, tag: string) {
  const created = await t.app.inject({
    method: "POST",
    url: "/api/v1/segments",
    headers: bearer(ws.keys.analyst),
    payload: { name: `Tag ${tag}`, definition: { match: "all", rules: [{ kind: "tag", tag }] } },
  });
  if (created.statusCode !== 201) throw new Error(`segment: ${created.statusCode} ${created.body}`);
  return json<{ id: string }>(created).id;
}

export interface InvitationSpec {
  status: "queued" | "sent" | "failed" | "completed";
  /** Local date it was sent (noon in Ho Chi Minh City); none for a queued invitation. */
  sentDay?: string;
}

/** An email batch of the survey with one invitation per spec, as delivery and completion leave them. */
export async function addInvitations(
  t: TestApp,
  workspaceId: string,
  surveyId: string,
  specs: InvitationSpec[],
) {
  const db = t.testDb.database.db;
  const batchId = newId();
  const now = new Date("2026-03-01T00:00:00Z");
  await db.insert(invitationBatches).values({
    workspaceId,
    id: batchId,
    surveyId,
    linkBase: "http://localhost",
    createdByLabel: "test",
    recipientCount: specs.length,
    queuedCount: specs.length,
    suppressedCount: 0,
    duplicateCount: 0,
    invalidCount: 0,
    createdAt: now,
  });
  await db.insert(invitations).values(
    specs.map((spec, i) => {
      const sentAt = spec.sentDay ? new Date(`${spec.sentDay}T05:00:00Z`) : null;
      return {
        workspaceId,
        id: newId(),
        batchId,
        surveyId,
        email: `khach${i}@example.com`,
        language: "vi",
        hidden: {},
        tokenHash: newId(),
        status: spec.status,
        sentAt,
        completedAt: spec.status === "completed" && sentAt ? new Date(sentAt.getTime() + 3_600_000) : null,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
}
