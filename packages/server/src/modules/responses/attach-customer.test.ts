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
import { customerEvents, customerScores, customers } from "../customers/schema.ts";
import { experienceSurvey, respond } from "../customers/timeline-test-fixtures.ts";
import { attachAbandonedPartials } from "./attach-customer.ts";
import { countCompletedResponse } from "./jobs.ts";
import { responses } from "./schema.ts";

describe.each(testEngines)("attaching responses to customers on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let surveyId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    surveyId = (await publishTestSurvey(t, ws, experienceSurvey())).id;
  });
  afterAll(() => t.dispose());

  const db = () => t.testDb.database.db;
  const customerIdOf = async (responseId: string) => {
    const [row] = await db()
      .select({ customerId: responses.customerId })
      .from(responses)
      .where(and(eq(responses.workspaceId, ws.workspaceId), eq(responses.id, responseId)));
    return row?.customerId ?? null;
  };
  const scoresOf = async (customerId: string) =>
    Object.fromEntries(
      (
        await db()
          .select()
          .from(customerScores)
          .where(
            and(eq(customerScores.workspaceId, ws.workspaceId), eq(customerScores.customerId, customerId)),
          )
      ).map((row) => [
        row.metric,
        { value: row.value, responseId: row.responseId, at: row.at.toISOString() },
      ]),
    );
  const customersNamed = async (email: string) => {
    const found = await t.app.inject({
      method: "GET",
      url: `/api/v1/customers?q=${encodeURIComponent(email)}`,
      headers: bearer(ws.keys.viewer),
    });
    return json<{ items: { id: string; name: string | null }[] }>(found).items;
  };

  it("resolves a completed response's customer and records its NPS, CSAT and CES as the latest", async () => {
    const at = new Date("2026-11-24T09:00:00.000Z");
    const id = await respond(t, ws, surveyId, {
      answers: { nps: 4, csat: 2, ces: 5 },
      customer: { email: "Lan@Example.vn", name: "Đỗ Lan" },
      at,
    });
    const [customer] = await customersNamed("lan@example.vn");
    expect(customer?.name).toBe("Đỗ Lan");
    expect(await customerIdOf(id)).toBe(customer?.id);
    const timeline = await t.app.inject({
      method: "GET",
      url: `/api/v1/customers/${customer?.id}/timeline`,
      headers: bearer(ws.keys.viewer),
    });
    expect(json<{ items: unknown[] }>(timeline).items).toEqual([
      expect.objectContaining({
        kind: "event",
        type: "created",
        actor: { type: "record", source: `response:${id}` },
      }),
      expect.objectContaining({ kind: "response", id, scores: expect.any(Array) }),
    ]);
    expect(await scoresOf(customer?.id ?? "")).toEqual({
      nps: { value: 4, responseId: id, at: at.toISOString() },
      csat: { value: 2, responseId: id, at: at.toISOString() },
      ces: { value: 5, responseId: id, at: at.toISOString() },
    });
  });

  it("keeps a newer score when an older response is processed after it, and takes a newer one", async () => {
    const customer = { externalId: "KH-77" };
    const newer = await respond(t, ws, surveyId, {
      answers: { nps: 3 },
      customer,
      at: new Date("2026-11-20T00:00:00.000Z"),
    });
    const customerId = (await customerIdOf(newer)) ?? "";
    await respond(t, ws, surveyId, {
      answers: { nps: 10, csat: 5 },
      customer,
      at: new Date("2026-11-10T00:00:00.000Z"),
    });
    const afterOlder = await scoresOf(customerId);
    expect(afterOlder.nps).toMatchObject({ value: 3, responseId: newer });
    // The older response still gives a CSAT, as the customer had none.
    expect(afterOlder.csat).toMatchObject({ value: 5 });
    const newest = await respond(t, ws, surveyId, {
      answers: { nps: 8 },
      customer,
      at: new Date("2026-11-21T00:00:00.000Z"),
    });
    expect((await scoresOf(customerId)).nps).toMatchObject({ value: 8, responseId: newest });
  });

  it("changes nothing when the job runs twice", async () => {
    const id = await respond(t, ws, surveyId, {
      answers: { nps: 9, why: "Nhanh gọn" },
      customer: { phone: "0912 345 678" },
      at: new Date("2026-11-23T00:00:00.000Z"),
    });
    const customerId = (await customerIdOf(id)) ?? "";
    const state = async () => ({
      customers: (await db().select().from(customers).where(eq(customers.workspaceId, ws.workspaceId)))
        .length,
      events: (await db().select().from(customerEvents).where(eq(customerEvents.customerId, customerId)))
        .length,
      scores: await scoresOf(customerId),
      survey: json<{ responseCount: number }>(
        await t.app.inject({
          method: "GET",
          url: `/api/v1/surveys/${surveyId}`,
          headers: bearer(ws.keys.viewer),
        }),
      ).responseCount,
      customerId: await customerIdOf(id),
    });
    const before = await state();
    await countCompletedResponse(
      { database: t.testDb.database, clock: t.clock, jobs: t.jobs },
      { workspaceId: ws.workspaceId, responseId: id },
    );
    await countCompletedResponse(
      { database: t.testDb.database, clock: t.clock, jobs: t.jobs },
      { workspaceId: ws.workspaceId, responseId: id },
    );
    expect(await state()).toEqual(before);
  });

  it("attaches an abandoned partial response without scores, and leaves an unusable reference anonymous", async () => {
    const partial = await respond(t, ws, surveyId, {
      answers: { nps: 2 },
      customer: { email: "bo-do@example.vn" },
      complete: false,
    });
    const anonymous = await respond(t, ws, surveyId, {
      answers: { nps: 2 },
      customer: { email: "not an email" },
      complete: false,
    });
    expect(await customerIdOf(partial)).toBeNull();
    // Not idle for 30 minutes yet: left for the respondent to finish.
    await attachAbandonedPartials(t.testDb.database, t.clock);
    expect(await customerIdOf(partial)).toBeNull();
    await attachAbandonedPartials(t.testDb.database, t.clock, { idleMs: 0, windowMs: 86_400_000 });
    const customerId = await customerIdOf(partial);
    expect(customerId).not.toBeNull();
    expect(await scoresOf(customerId ?? "")).toEqual({});
    expect(await customerIdOf(anonymous)).toBeNull();
  });
});
