import type { Customer, Interaction } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import type { InteractionBatchResult } from "./interactions-service.ts";

interface Problem {
  status: number;
  code: string;
  errors?: { path: string; message: string }[];
}

let sequence = 0;
/** A valid interaction; each call gets its own event id unless one is given. */
function interaction<T extends object = object>(overrides: T = {} as T) {
  sequence += 1;
  return {
    eventId: `evt-${sequence}`,
    customer: { email: `khach${sequence}@example.vn` },
    channel: "app",
    touchpoint: "app_login",
    type: "login",
    occurredAt: "2026-11-24T09:15:00+07:00",
    outcome: "success",
    ...overrides,
  };
}

describe.each(testEngines)("interactions API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
  });
  afterAll(() => t.dispose());

  const post = (payload: unknown, key = ws.keys.agent) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/interactions",
      headers: bearer(key),
      payload: payload as object,
    });
  const batch = async (items: unknown[], key = ws.keys.agent) => {
    const response = await post({ interactions: items }, key);
    expect(response.statusCode, response.body).toBe(200);
    return json<InteractionBatchResult>(response);
  };
  const customer = async (id: string, key = ws.keys.agent) =>
    t.app.inject({ method: "GET", url: `/api/v1/customers/${id}`, headers: bearer(key) });

  it("records one interaction, resolving its customer, and answers a replay of its eventId with the stored one", async () => {
    const sent = interaction({
      customer: { email: " Hoa.Le@Example.VN ", name: "Lê Thị Hoa" },
      channel: "branch",
      touchpoint: "counter_withdrawal",
      type: "transfer",
      outcome: "failure",
      effort: 2,
      durationSeconds: 840,
      agent: "GDV-017",
      note: "Khách chờ 14 phút, hệ thống chậm",
      metadata: { branch: "HN-03", amount: 5_000_000, vip: true },
    });
    const created = await post(sent);
    expect(created.statusCode, created.body).toBe(201);
    const stored = json<Interaction>(created);
    expect(stored).toMatchObject({
      eventId: sent.eventId,
      channel: "branch",
      touchpoint: "counter_withdrawal",
      type: "transfer",
      occurredAt: new Date(sent.occurredAt).toISOString(),
      outcome: "failure",
      effort: 2,
      durationSeconds: 840,
      agent: "GDV-017",
      note: sent.note,
      metadata: sent.metadata,
      createdAt: t.clock.now().toISOString(),
    });
    expect(json<Customer>(await customer(stored.customerId))).toMatchObject({
      name: "Lê Thị Hoa",
      emails: ["hoa.le@example.vn"],
    });

    const replay = await post({ ...sent, note: "changed", outcome: "success" });
    expect(replay.statusCode).toBe(200);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(json<Interaction>(replay)).toEqual(stored);
  });

  it("refuses an invalid interaction with 422 and the path of every problem, storing nothing", async () => {
    const response = await post(
      interaction({ customer: { email: "hoa.le@", phone: "12345" }, channel: "fax", colour: "red" }),
    );
    expect(response.statusCode).toBe(422);
    const problem = json<Problem>(response);
    expect(problem.code).toBe("invalid_interaction");
    expect(problem.errors?.map((error) => error.path).sort()).toEqual([
      "channel",
      "colour",
      "customer.email",
      "customer.phone",
    ]);
    const badEmailOnly = json<Problem>(await post(interaction({ customer: { email: "not an email" } })));
    expect(badEmailOnly.errors).toEqual([{ path: "customer.email", message: "must be an email address" }]);
    const nobody = json<Problem>(await post(interaction({ customer: { name: "Ẩn danh" } })));
    expect(nobody.errors?.map((error) => error.path)).toEqual(["customer"]);
  });

  it("stores the good items of a mixed batch and reports each bad one with its path", async () => {
    const items = [
      interaction(),
      interaction({ channel: "telegram" }),
      interaction({ customer: { phone: "0123" } }),
      interaction({ occurredAt: "yesterday", outcome: "maybe" }),
      interaction(),
    ];
    const good = [0, 4];
    const result = await batch(items);
    expect(result).toMatchObject({
      created: good.length,
      duplicates: 0,
      invalid: items.length - good.length,
    });
    expect(result.results.map((r) => r.status)).toEqual(
      items.map((_, i) => (good.includes(i) ? "created" : "invalid")),
    );
    expect(result.results.flatMap((r) => r.errors ?? []).map((e) => e.path)).toEqual([
      "interactions.1.channel",
      "interactions.2.customer.phone",
      "interactions.3.occurredAt",
      "interactions.3.outcome",
    ]);
    // The good ones were stored: sent again, they come back as duplicates with the same ids.
    const again = await batch(items);
    expect(again).toMatchObject({ created: 0, duplicates: good.length, invalid: items.length - good.length });
    for (const i of good) expect(again.results[i]).toEqual({ ...result.results[i], status: "duplicate" });
  });

  it("resolves identities across items: one email is one customer, a local phone is its +84 form", async () => {
    const items = [
      interaction({ customer: { email: "Minh.Tran@example.vn" } }),
      interaction({ customer: { email: "minh.tran@example.vn", phone: "0901 234 567" } }),
      interaction({ customer: { phone: "+84 901 234 567" } }),
      interaction({ customer: { phone: "84901234567" }, channel: "phone", type: "call" }),
      interaction({ customer: { email: "someone.else@example.vn" } }),
    ];
    const { results } = await batch(items);
    const [minh] = results;
    expect(results.slice(0, 4).map((r) => r.customerId)).toEqual(
      items.slice(0, 4).map(() => minh?.customerId),
    );
    expect(results[4]?.customerId).not.toBe(minh?.customerId);
    expect(json<Customer>(await customer(minh?.customerId ?? ""))).toMatchObject({
      emails: ["minh.tran@example.vn"],
      phones: ["+84901234567"],
    });
  });

  it("gives a new customer the attributes of the reference that fit the workspace's definitions", async () => {
    const defined = await t.app.inject({
      method: "PUT",
      url: "/api/v1/customer-attributes/tier",
      headers: bearer(ws.keys.admin),
      payload: { label: { vi: "Hạng", en: "Tier" }, type: "string" },
    });
    expect(defined.statusCode).toBe(200);
    const { results } = await batch([
      interaction({ customer: { email: "vip@example.vn", attributes: { tier: "gold", unknown: 1 } } }),
      interaction({ customer: { email: "vip@example.vn" } }),
    ]);
    expect(results[1]?.customerId).toBe(results[0]?.customerId);
    expect(json<Customer>(await customer(results[0]?.customerId ?? "")).attributes).toEqual({ tier: "gold" });
  });

  it("stores an event id repeated within one batch once", async () => {
    const first = interaction();
    const { results } = await batch([first, interaction({ eventId: first.eventId, type: "logout" })]);
    expect(results.map((r) => r.status)).toEqual(["created", "duplicate"]);
    expect(results[1]?.id).toBe(results[0]?.id);
  });

  it("stores an event sent by concurrent senders once, whatever customer each names", async () => {
    const eventId = `evt-race-${sequence}`;
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(interaction({ eventId }))));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => json<Interaction>(r).id)).size).toBe(1);
  });

  it("refuses a batch over 1000 with 413 and an empty or malformed batch with 400", async () => {
    const tooMany = await post({ interactions: Array.from({ length: 1001 }, () => interaction()) });
    expect(tooMany.statusCode).toBe(413);
    expect(json<Problem>(tooMany)).toMatchObject({
      code: "batch_too_large",
      errors: [{ path: "interactions" }],
    });
    const empty = await post({ interactions: [] });
    expect(empty.statusCode).toBe(400);
    expect(json<Problem>(empty).errors).toEqual([{ path: "interactions", message: "must not be empty" }]);
    const extra = await post({ interactions: [interaction()], dryRun: true });
    expect(json<Problem>(extra).errors).toEqual([{ path: "dryRun", message: "unknown field" }]);
    expect((await post([interaction()])).statusCode).toBe(400);
  });

  it("accepts a full batch of 1000", async () => {
    const items = Array.from({ length: 1000 }, (_, i) =>
      interaction({ customer: { externalId: `KH-${i % 250}` }, metadata: { n: i } }),
    );
    const result = await batch(items);
    expect(result).toMatchObject({ created: 1000, duplicates: 0, invalid: 0 });
    expect(new Set(result.results.map((r) => r.customerId)).size).toBe(250);
  });

  it("lets agents write interactions and refuses viewers", async () => {
    expect((await post(interaction(), ws.keys.viewer)).statusCode).toBe(403);
    expect((await post({ interactions: [interaction()] }, ws.keys.viewer)).statusCode).toBe(403);
    expect((await post(interaction(), ws.keys.analyst)).statusCode).toBe(201);
  });

  it("records interactions in the caller's workspace only", async () => {
    const sent = interaction({ customer: { email: "rieng@example.vn" } });
    const ours = json<Interaction>(await post(sent));
    // The same event id and email from another workspace: a new event and a new customer there.
    const theirs = await post(sent, other.keys.agent);
    expect(theirs.statusCode).toBe(201);
    const theirInteraction = json<Interaction>(theirs);
    expect(theirInteraction.id).not.toBe(ours.id);
    expect(theirInteraction.customerId).not.toBe(ours.customerId);
    expect((await customer(ours.customerId, other.keys.agent)).statusCode).toBe(404);
    expect((await customer(theirInteraction.customerId)).statusCode).toBe(404);
    // An id of our customer is not a way in: external ids are per workspace too.
    const byId = json<Interaction>(
      await post(interaction({ customer: { externalId: ours.customerId } }), other.keys.agent),
    );
    expect(byId.customerId).not.toBe(ours.customerId);
  });

  it("documents both request shapes in the OpenAPI document", async () => {
    const document = json<{
      paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: object }> } } }>;
    }>(await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" }));
    const body = document.paths["/api/v1/interactions"]?.post?.requestBody?.content["application/json"];
    expect(JSON.stringify(body?.schema)).toContain("interactions");
    expect(JSON.stringify(body?.schema)).toContain("occurredAt");
    expect(document.paths["/api/v1/interactions/import"]?.post).toBeDefined();
  });
});
