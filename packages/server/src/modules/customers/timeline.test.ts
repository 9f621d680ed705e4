import type { TimelineItem, TimelinePage } from "@touchpoint/core";
import { and, eq } from "drizzle-orm";
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
import { customers } from "./schema.ts";
import {
  addEvent,
  addInteraction,
  createCustomer,
  expectedTimeline,
  experienceSurvey,
  type ItemKey,
  respond,
} from "./timeline-test-fixtures.ts";

describe.each(testEngines)("customer timeline on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let customerId: string;
  let surveyId: string;
  let detractorResponse: string;
  const T0 = new Date("2026-11-20T10:00:00.000Z");
  const T1 = new Date("2026-11-21T10:00:00.000Z");
  const T2 = new Date("2026-11-22T10:00:00.000Z");

  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    surveyId = (await publishTestSurvey(t, ws, experienceSurvey())).id;
    customerId = await createCustomer(t, ws, { name: "Phạm Thu Hà", emails: ["ha@example.vn"] });
    const customer = { email: "ha@example.vn" };
    // Ties on purpose: three kinds at T1, several of each kind at T1 and T2, and one lone item at T0.
    detractorResponse = await respond(t, ws, surveyId, {
      answers: { nps: 3, csat: 2, why: "Chờ  quá lâu ở quầy,\nnhân viên không giải thích." },
      customer,
      at: T1,
    });
    await respond(t, ws, surveyId, { answers: { nps: 9 }, customer, at: T1 });
    await respond(t, ws, surveyId, { answers: { ces: 6 }, customer, at: T2 });
    for (const at of [T1, T1, T1, T2, T2, T0]) await addInteraction(t, ws, customerId, at);
    await addInteraction(t, ws, customerId, T1, { type: "complaint", outcome: "failure", channel: "branch" });
    for (const at of [T1, T1, T2]) await addEvent(t, ws, customerId, at);
  });
  afterAll(() => t.dispose());

  const get = (url: string, key = ws.keys.viewer) =>
    t.app.inject({ method: "GET", url: `/api/v1${url}`, headers: bearer(key) });
  const keyOf = (item: TimelineItem): ItemKey => ({ kind: item.kind, id: item.id });

  async function walk(id: string, limit: number, types?: string) {
    const items: TimelineItem[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query = new URLSearchParams({ limit: String(limit), ...(types ? { types } : {}) });
      if (cursor) query.set("cursor", cursor);
      const response = await get(`/customers/${id}/timeline?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = json<TimelinePage>(response);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    return items;
  }

  it.each([1, 2, 5])("lists every item exactly once, in order, in pages of %i", async (limit) => {
    const expected = await expectedTimeline(t, ws, customerId);
    expect(expected.length).toBe(3 + 7 + 4); // responses, interactions, events (created + 3)
    expect((await walk(customerId, limit)).map(keyOf)).toEqual(expected);
  });

  it("keeps only the kinds asked for", async () => {
    const kinds = ["interaction", "event"] as const;
    for (const limit of [2, 50]) {
      expect((await walk(customerId, limit, "interaction,event")).map(keyOf)).toEqual(
        await expectedTimeline(t, ws, customerId, [...kinds]),
      );
    }
    const onlyResponses = await walk(customerId, 2, "response");
    expect(onlyResponses.map(keyOf)).toEqual(await expectedTimeline(t, ws, customerId, ["response"]));
    expect((await get(`/customers/${customerId}/timeline?types=response,case`)).statusCode).toBe(400);
  });

  it("describes a response by its survey's title, scores, status, channel and an excerpt of its text", async () => {
    const items = await walk(customerId, 50, "response");
    expect(items.find((item) => item.id === detractorResponse)).toEqual({
      kind: "response",
      id: detractorResponse,
      occurredAt: T1.toISOString(),
      surveyId,
      surveyTitle: "Trải nghiệm giao dịch",
      status: "completed",
      channel: "app",
      language: "vi",
      scores: [
        { metric: "nps", value: 3, questionId: "nps" },
        { metric: "csat", value: 2, questionId: "csat" },
      ],
      excerpt: "Chờ quá lâu ở quầy, nhân viên không giải thích.",
    });
    const complaint = (await walk(customerId, 50, "interaction")).find(
      (item) => item.kind === "interaction" && item.type === "complaint",
    );
    expect(complaint).toMatchObject({ channel: "branch", outcome: "failure", occurredAt: T1.toISOString() });
    const events = await walk(customerId, 50, "event");
    expect(events.find((item) => item.kind === "event" && item.type === "created")).toMatchObject({
      actor: { type: "api_key", label: "API key agent key" },
      occurredAt: t.clock.now().toISOString(),
    });
  });

  it("answers for a merged customer with its survivor's timeline", async () => {
    const merged = await createCustomer(t, ws, { name: "Hà (trùng)" });
    await t.testDb.database.db
      .update(customers)
      .set({ mergedInto: customerId })
      .where(and(eq(customers.workspaceId, ws.workspaceId), eq(customers.id, merged)));
    const page = json<TimelinePage>(await get(`/customers/${merged}/timeline?limit=3`));
    expect(page.customerId).toBe(customerId);
    expect(page.items.map(keyOf)).toEqual((await expectedTimeline(t, ws, customerId)).slice(0, 3));
  });

  it("does not find another workspace's customer, an unknown one, or a cursor that is not one", async () => {
    expect((await get(`/customers/${customerId}/timeline`, other.keys.owner)).statusCode).toBe(404);
    expect((await get("/customers/01900000-0000-7000-8000-000000000000/timeline")).statusCode).toBe(404);
    const bad = await get(`/customers/${customerId}/timeline?cursor=bm90LWEtY3Vyc29y`);
    expect(bad.statusCode).toBe(400);
    expect(json<{ errors: { path: string }[] }>(bad).errors[0]?.path).toBe("querystring.cursor");
  });
});
