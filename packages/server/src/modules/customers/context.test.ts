import type { CustomerContext } from "@touchpoint/core";
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
  addInteraction,
  createCustomer,
  daysBefore,
  expectedTimeline,
  experienceSurvey,
  respond,
} from "./timeline-test-fixtures.ts";

describe.each(testEngines)("customer context on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let surveyId: string;
  let now: Date;
  const ago = (days: number) => daysBefore(now, days);

  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    now = t.clock.now();
    surveyId = (await publishTestSurvey(t, ws, experienceSurvey())).id;
    const defined = await t.app.inject({
      method: "PUT",
      url: "/api/v1/customer-attributes/tier",
      headers: bearer(ws.keys.admin),
      payload: { label: { vi: "Hạng", en: "Tier" }, type: "string" },
    });
    expect(defined.statusCode).toBe(200);
  });
  afterAll(() => t.dispose());

  const context = async (id: string, key = ws.keys.viewer) => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/customers/${id}/context`,
      headers: bearer(key),
    });
    expect(response.statusCode, response.body).toBe(200);
    return json<CustomerContext>(response);
  };

  it("gathers profile, consent, scores, negative feedback, last interactions and every risk flag", async () => {
    const id = await createCustomer(t, ws, {
      name: "Vũ Minh Khoa",
      emails: ["khoa@example.vn"],
      attributes: { tier: "gold" },
      tags: ["vip"],
      consent: { sms: { granted: true, source: "branch form" } },
      preferences: {
        preferredChannel: "phone",
        language: "vi",
        contactHours: { from: "08:00", to: "20:00" },
      },
    });
    const customer = { email: "khoa@example.vn" };
    await respond(t, ws, surveyId, { answers: { nps: 1 }, customer, at: ago(100) });
    const detractor = await respond(t, ws, surveyId, {
      answers: { nps: 4, why: "Phí cao" },
      customer,
      at: ago(20),
    });
    const unhappy = await respond(t, ws, surveyId, { answers: { csat: 1 }, customer, at: ago(5) });
    const hard = await respond(t, ws, surveyId, {
      answers: { ces: 2, why: "Ứng dụng lỗi" },
      customer,
      at: ago(3),
    });
    await respond(t, ws, surveyId, { answers: { why: "Không có gì thêm" }, customer, at: ago(2) });
    for (const days of [1, 10, 29, 31]) await addInteraction(t, ws, id, ago(days), { outcome: "failure" });
    const complaint = await addInteraction(t, ws, id, ago(5), { type: "complaint", channel: "phone" });
    for (const days of [0.5, 2, 3]) await addInteraction(t, ws, id, ago(days), { outcome: "success" });

    const got = await context(id);
    expect(got).toMatchObject({
      customerId: id,
      name: "Vũ Minh Khoa",
      language: "vi",
      preferredChannel: "phone",
      contactHours: { from: "08:00", to: "20:00" },
      tags: ["vip"],
      attributes: [{ key: "tier", label: { vi: "Hạng", en: "Tier" }, type: "string", value: "gold" }],
      consent: {
        email: { status: "unknown", at: null, source: null },
        sms: { status: "granted", at: now.toISOString(), source: "branch form" },
        phone: { status: "unknown" },
        in_app: { status: "unknown" },
      },
      failedInteractionsLast30Days: 3,
      erased: false,
    });
    expect(got.latestScores).toEqual([
      {
        metric: "nps",
        value: 4,
        at: ago(20).toISOString(),
        surveyId,
        responseId: detractor,
        npsGroup: "detractor",
      },
      { metric: "csat", value: 1, at: ago(5).toISOString(), surveyId, responseId: unhappy, npsGroup: null },
      { metric: "ces", value: 2, at: ago(3).toISOString(), surveyId, responseId: hard, npsGroup: null },
    ]);
    expect(got.recentNegativeFeedback.map((response) => [response.id, response.excerpt])).toEqual([
      [hard, "Ứng dụng lỗi"],
      [unhappy, null],
      [detractor, "Phí cao"],
    ]);
    const interactions = await expectedTimeline(t, ws, id, ["interaction"]);
    expect(got.lastInteractions.map((item) => item.id)).toEqual(
      interactions.slice(0, 5).map((item) => item.id),
    );
    expect(got.riskFlags).toEqual([
      { code: "detractor", score: 4, at: ago(20).toISOString() },
      { code: "dissatisfied", score: 1, at: ago(5).toISOString() },
      { code: "high_effort", score: 2, at: ago(3).toISOString() },
      { code: "repeated_failures", count: 3, withinDays: 30 },
      { code: "recent_complaint", interactionId: complaint, at: ago(5).toISOString() },
      { code: "no_consent_email", consent: "unknown" },
    ]);
  });

  it("raises no flag when every rule stays short of its threshold", async () => {
    const id = await createCustomer(t, ws, {
      name: "Hoàng Yến",
      emails: ["yen@example.vn"],
      consent: { email: { granted: true, source: "app settings" } },
    });
    const customer = { email: "yen@example.vn" };
    await respond(t, ws, surveyId, { answers: { nps: 2, csat: 1, ces: 1 }, customer, at: ago(30) });
    await respond(t, ws, surveyId, { answers: { nps: 7, csat: 3, ces: 4 }, customer, at: ago(10) });
    for (const days of [1, 2, 35]) await addInteraction(t, ws, id, ago(days), { outcome: "failure" });
    await addInteraction(t, ws, id, ago(40), { type: "complaint" });
    const got = await context(id);
    expect(got.riskFlags).toEqual([]);
    expect(got.failedInteractionsLast30Days).toBe(2);
    expect(got.latestScores.map((score) => [score.metric, score.value, score.npsGroup])).toEqual([
      ["nps", 7, "passive"],
      ["csat", 3, null],
      ["ces", 4, null],
    ]);
    // The earlier response was negative, and within 90 days: it is still shown as feedback.
    expect(got.recentNegativeFeedback.map((response) => response.occurredAt)).toEqual([
      ago(30).toISOString(),
    ]);
  });

  it("shows the five newest negative responses, however many positive ones came after them", async () => {
    const id = await createCustomer(t, ws, { name: "Lý Thảo", phones: ["0987 654 321"] });
    const customer = { phone: "0987654321" };
    const negatives: string[] = [];
    for (let i = 0; i < 7; i++) {
      negatives.push(await respond(t, ws, surveyId, { answers: { nps: i }, customer, at: ago(60 - i) }));
    }
    for (let i = 0; i < 27; i++) {
      await respond(t, ws, surveyId, { answers: { nps: 10 }, customer, at: ago(50 - i) });
    }
    const got = await context(id);
    expect(got.recentNegativeFeedback.map((response) => response.id)).toEqual(
      negatives.toReversed().slice(0, 5),
    );
    expect(got.latestScores[0]).toMatchObject({ value: 10, npsGroup: "promoter" });
    expect(got.riskFlags.map((flag) => flag.code)).toEqual(["no_consent_email"]);
  });

  it("tells a withdrawn email consent from one never given", async () => {
    const id = await createCustomer(t, ws, {
      name: "Đặng Quân",
      consent: { email: { granted: false, source: "unsubscribe link" } },
    });
    const got = await context(id);
    expect(got.riskFlags).toEqual([{ code: "no_consent_email", consent: "withdrawn" }]);
    expect(got).toMatchObject({
      language: null,
      preferredChannel: null,
      contactHours: null,
      attributes: [],
      latestScores: [],
      recentNegativeFeedback: [],
      lastInteractions: [],
      failedInteractionsLast30Days: 0,
    });
  });

  it("follows a merge to the survivor, and does not find another workspace's customer", async () => {
    const survivor = await createCustomer(t, ws, { name: "Người còn lại" });
    const merged = await createCustomer(t, ws, { name: "Người đã gộp" });
    await t.testDb.database.db
      .update(customers)
      .set({ mergedInto: survivor })
      .where(and(eq(customers.workspaceId, ws.workspaceId), eq(customers.id, merged)));
    expect(await context(merged)).toMatchObject({ customerId: survivor, name: "Người còn lại" });
    const elsewhere = await t.app.inject({
      method: "GET",
      url: `/api/v1/customers/${survivor}/context`,
      headers: bearer(other.keys.owner),
    });
    expect(elsewhere.statusCode).toBe(404);
  });
});
