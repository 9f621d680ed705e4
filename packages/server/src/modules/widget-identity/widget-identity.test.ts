import { createHmac } from "node:crypto";
import { exampleNpsSurvey } from "@touchpoint/core";
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

type Secret = { secret: string; createdAt: string };

/** What the customer's own backend computes, written here from the docs rather than with our helper. */
const signed = (secret: string, id: string) => createHmac("sha256", secret).update(id).digest("hex");

describe.each(testEngines)("widget identity verification and segment targeting on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let targeted: { id: string; slug: string };
  let open: { id: string; slug: string };
  let segmentId: string;

  const call = (method: "GET" | "POST", url: string, key: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(key), ...(payload ? { payload } : {}) });
  const secretOf = async () => json<Secret>(await call("GET", "/widget-identity-secret", ws.keys.owner));
  const contactCheck = (slug: string, customer: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/public/surveys/${slug}/contact-check`,
      payload: { customer, channel: "widget" },
    });
  const addCustomer = async (externalId: string, tags: string[]) => {
    const created = await call("POST", "/customers", ws.keys.agent, {
      name: externalId,
      externalIds: [{ system: "default", value: externalId }],
      tags,
    });
    expect(created.statusCode, created.body).toBe(201);
  };
  const customersNamed = async (q: string) =>
    json<{ items: unknown[] }>(await call("GET", `/customers?q=${q}`, ws.keys.agent)).items.length;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    await addCustomer("KH-VIP", ["vip"]);
    await addCustomer("KH-VIP-2", ["vip"]);
    await addCustomer("KH-REGULAR", []);
    const segment = await call("POST", "/segments", ws.keys.agent, {
      name: "VIP",
      definition: { match: "all", rules: [{ kind: "tag", tag: "vip", has: true }] },
    });
    expect(segment.statusCode, segment.body).toBe(201);
    segmentId = json<{ id: string }>(segment).id;
    const widget = { enabled: true, recontactDays: 0 };
    targeted = await publishTestSurvey(t, ws, {
      ...exampleNpsSurvey(),
      widget: { ...widget, segmentId },
    });
    open = await publishTestSurvey(t, ws, { ...exampleNpsSurvey(), widget });
  });
  afterAll(() => t.dispose());

  it("shows a targeted survey to a member whose id the site signed with the workspace's secret", async () => {
    const { secret } = await secretOf();
    const answer = await contactCheck(targeted.slug, {
      externalId: "KH-VIP",
      userHash: signed(secret, "KH-VIP"),
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(json(answer)).toEqual({ ask: true });
    // Past the targeting, the contact rules apply as to any survey: asked once, not again in the window.
    const again = await contactCheck(targeted.slug, {
      externalId: "KH-VIP",
      userHash: signed(secret, "KH-VIP"),
    });
    expect(json(again)).toMatchObject({ ask: false, reason: "recently_asked" });
  });

  it("answers not_targeted alike for a bad hash, an unknown id, a non-member and an unsigned id", async () => {
    const { secret } = await secretOf();
    const answers = await Promise.all(
      [
        { externalId: "KH-VIP", userHash: signed(secret, "KH-REGULAR") },
        { externalId: "KH-VIP", userHash: "0".repeat(64) },
        { externalId: "KH-NOBODY", userHash: signed(secret, "KH-NOBODY") },
        { externalId: "KH-REGULAR", userHash: signed(secret, "KH-REGULAR") },
        { externalId: "KH-VIP" },
        { email: "someone@example.com" },
      ].map((customer) => contactCheck(targeted.slug, customer)),
    );
    for (const answer of answers) expect(answer.body).toBe('{"ask":false,"reason":"not_targeted"}');
    // The lookup is read-only: an unknown id made no customer.
    expect(await customersNamed("KH-NOBODY")).toBe(0);
  });

  it("leaves a survey without a segment as it was: any identified visitor, no hash needed", async () => {
    expect(json(await contactCheck(open.slug, { externalId: "KH-NOBODY" }))).toEqual({ ask: true });
    expect(json(await contactCheck(open.slug, { email: "anyone@example.com" }))).toEqual({ ask: true });
  });

  it("stops verifying hashes signed with the old secret once the secret is rotated, with audit entries", async () => {
    const before = await secretOf();
    expect(await secretOf()).toEqual(before);
    const rotated = await call("POST", "/widget-identity-secret/rotate", ws.keys.admin);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const after = json<Secret>(rotated);
    expect(after.secret).not.toBe(before.secret);
    const oldHash = { externalId: "KH-VIP-2", userHash: signed(before.secret, "KH-VIP-2") };
    expect(json(await contactCheck(targeted.slug, oldHash))).toEqual({ ask: false, reason: "not_targeted" });
    const newHash = { externalId: "KH-VIP-2", userHash: signed(after.secret, "KH-VIP-2").toUpperCase() };
    expect(json(await contactCheck(targeted.slug, newHash))).toEqual({ ask: true });

    const audit = json<{ items: { action: string; before: unknown; after: unknown }[] }>(
      await call("GET", "/audit-log?limit=5", ws.keys.admin),
    );
    const entries = audit.items.filter((item) => item.action.startsWith("widget_identity."));
    expect(entries.map((entry) => entry.action)).toEqual([
      "widget_identity.secret.rotate",
      "widget_identity.secret.create",
    ]);
    // The secret itself is never written to the audit log.
    expect(JSON.stringify(entries)).not.toContain(before.secret);
    expect(JSON.stringify(entries)).not.toContain(after.secret);
  });

  it("lets only owners and admins read or rotate the secret", async () => {
    for (const role of ["analyst", "agent", "viewer"] as const) {
      expect((await call("GET", "/widget-identity-secret", ws.keys[role])).statusCode).toBe(403);
      expect((await call("POST", "/widget-identity-secret/rotate", ws.keys[role])).statusCode).toBe(403);
    }
    expect((await call("GET", "/widget-identity-secret", ws.keys.admin)).statusCode).toBe(200);
    const other = await seedWorkspace(t);
    const theirs = json<Secret>(await call("GET", "/widget-identity-secret", other.keys.owner));
    expect(theirs.secret).not.toBe((await secretOf()).secret);
  });

  it("refuses a widget segmentId that is not a uuid", async () => {
    const created = await call("POST", "/surveys", ws.keys.analyst, {
      definition: { ...exampleNpsSurvey(), widget: { enabled: true, segmentId: "vip" } },
    });
    expect(created.statusCode).toBe(400);
  });
});
