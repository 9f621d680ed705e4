import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/ids.ts";
import { publishTestSurvey, seedWorkspace } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { type InvitationsTest, invite, startInvitationsTest } from "../invitations/test-sends.ts";
import { EXPORT_FORMAT } from "./privacy-shapes.ts";
import {
  call,
  createCustomer,
  expectStatus,
  exportOf,
  feedbackSurvey,
  recordInteraction,
  respond,
  type Scene,
} from "./privacy-test-builders.ts";
import { customerEvents } from "./schema.ts";

describe.each(testEngines)("customer export on %s", (engine) => {
  let test: InvitationsTest;
  let scene: Scene;
  let surveyId: string;
  beforeAll(async () => {
    test = await startInvitationsTest(engine);
    scene = { t: test.t, ws: test.ws };
    expectStatus(
      await call(scene, "PUT", "/customer-attributes/tier", { label: { vi: "Hạng" }, type: "string" }),
      200,
    );
    surveyId = (await publishTestSurvey(test.t, test.ws, feedbackSurvey())).id;
  });
  afterAll(() => test.dispose());

  it("holds everything about the customer: profile, identities, history, contacts, invitations, merges", async () => {
    const lan = await createCustomer(scene, {
      name: "Trần Thị Lan",
      emails: ["lan@example.vn"],
      phones: ["0912 345 678"],
      attributes: { tier: "gold" },
      consent: { email: { granted: true, source: "app settings" } },
      preferences: { preferredChannel: "email" },
    });
    const earlier = await createCustomer(scene, {
      name: "Lan Tran",
      externalIds: [{ system: "default", value: "KH-77" }],
    });
    await recordInteraction(scene, {
      customer: { email: "lan@example.vn" },
      note: "Hỏi về khoản vay",
      agent: "Bình",
    });
    const responseId = await respond(scene, surveyId, {
      answers: { nps: 6, why: "Chờ lâu quá" },
      hidden: { touchpoint: "branch" },
      customer: { phone: "0912345678" },
    });
    await invite(test, surveyId, { recipients: [{ email: "lan@example.vn", name: "Lan" }] });
    const merged = await call(scene, "POST", `/customers/${lan.id}/merge`, { customerId: earlier.id });
    expectStatus(merged, 200);

    const document = await exportOf(scene, lan.id);
    expect(document).toMatchObject({
      format: EXPORT_FORMAT,
      exportedAt: test.t.clock.now().toISOString(),
      customer: {
        id: lan.id,
        name: "Trần Thị Lan",
        emails: ["lan@example.vn"],
        phones: ["+84912345678"],
        externalIds: [{ system: "default", value: "KH-77" }],
        attributes: { tier: "gold" },
        consent: { email: { granted: true, source: "app settings" } },
        preferences: { preferredChannel: "email" },
      },
      mergedCustomers: [{ id: earlier.id, name: "Lan Tran", mergedInto: lan.id }],
      interactions: [{ customerId: lan.id, note: "Hỏi về khoản vay", agent: "Bình" }],
      responses: [{ id: responseId, customerId: lan.id, answers: { nps: 6, why: "Chờ lâu quá" } }],
      scores: [{ customerId: lan.id, metric: "nps", value: 6, responseId }],
      invitations: [{ email: "lan@example.vn", name: "Lan", status: "queued" }],
      merges: [{ survivorId: lan.id, mergedId: earlier.id, moved: { identities: 1 } }],
    });
    expect((document.identities as { value: string }[]).map((identity) => identity.value).sort()).toEqual([
      "+84912345678",
      "KH-77",
      "lan@example.vn",
    ]);
    expect(document.events.map((event) => event.kind).sort()).toEqual([
      "created",
      "created",
      "merged",
      "merged",
    ]);
    expect(document.contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ customerKey: "phone:0912345678", kind: "responded" }),
        expect.objectContaining({ customerKey: "email:lan@example.vn", kind: "invited" }),
      ]),
    );
    expect(JSON.stringify(document)).not.toContain("tokenHash");
    const audit = await call(scene, "GET", "/audit-log?limit=1");
    expect((audit.json() as { items: unknown[] }).items[0]).toMatchObject({
      action: "customers.export",
      targetType: "customer",
      targetId: lan.id,
    });
  });

  it("gives of a merge suggestion's evidence only her own identities, not the other customer's", async () => {
    const mai = await createCustomer(scene, { emails: ["mai@example.vn"] });
    const other = await createCustomer(scene, { phones: ["0933 444 555"] });
    const responseId = await respond(scene, surveyId, {
      answers: { nps: 8 },
      customer: { email: "mai@example.vn", phone: "0933444555" },
    });
    const [suggestion] = (await exportOf(scene, mai.id)).mergeSuggestions as { evidence: unknown }[];
    expect(suggestion?.evidence).toEqual({
      source: `response:${responseId}`,
      identities: ["mai@example.vn"],
    });
    const [theirs] = (await exportOf(scene, other.id)).mergeSuggestions as { evidence: unknown }[];
    expect(theirs?.evidence).toEqual({ source: `response:${responseId}`, identities: ["+84933444555"] });
  });

  it("is for owners and admins only, and another workspace's customer is not found", async () => {
    const customer = await createCustomer(scene, { name: "Riêng" });
    for (const key of [scene.ws.keys.analyst, scene.ws.keys.agent]) {
      expectStatus(await call(scene, "GET", `/customers/${customer.id}/export`, undefined, key), 403);
    }
    expectStatus(
      await call(scene, "GET", `/customers/${customer.id}/export`, undefined, scene.ws.keys.owner),
      200,
    );
    const elsewhere = await seedWorkspace(test.t);
    expectStatus(
      await call(scene, "GET", `/customers/${customer.id}/export`, undefined, elsewhere.keys.owner),
      404,
    );
  });

  it("streams a customer with 10,000 profile events", async () => {
    const busy = await createCustomer(scene, { emails: ["busy@example.vn"] });
    const start = test.t.clock.now().getTime();
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      workspaceId: scene.ws.workspaceId,
      id: newId(),
      customerId: busy.id,
      kind: "updated",
      data: { fields: ["attributes"], n: i },
      actor: null,
      occurredAt: new Date(start + i * 1000),
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      await test.t.testDb.database.db.insert(customerEvents).values(rows.slice(i, i + 1000));
    }
    const response = await call(scene, "GET", `/customers/${busy.id}/export`);
    expectStatus(response, 200);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="customer-${busy.id}.json"`);
    const document = JSON.parse(response.body) as { events: { data: { n?: number } }[] };
    expect(document.events).toHaveLength(10_001);
    expect(document.events.at(-1)?.data.n).toBe(9_999);
  });
});
