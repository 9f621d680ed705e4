import type { Customer } from "@touchpoint/core";
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

describe.each(testEngines)("customers API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    for (const [key, type] of [
      ["tier", "string"],
      ["balance", "number"],
      ["vip", "boolean"],
      ["birthday", "date"],
    ]) {
      const defined = await t.app.inject({
        method: "PUT",
        url: `/api/v1/customer-attributes/${key}`,
        headers: bearer(ws.keys.admin),
        payload: { label: { vi: key, en: key }, type },
      });
      expect(defined.statusCode).toBe(200);
    }
  });
  afterAll(() => t.dispose());

  const call = (method: "GET" | "POST" | "PATCH", url: string, payload?: object, key = ws.keys.agent) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(key), ...(payload ? { payload } : {}) });
  const create = async (payload: object) => {
    const response = await call("POST", "/customers", payload);
    expect(response.statusCode, response.body).toBe(201);
    return json<Customer>(response);
  };
  const search = async (q: string) =>
    json<{ items: Customer[] }>(await call("GET", `/customers?q=${encodeURIComponent(q)}`)).items.map(
      (c) => c.name,
    );

  it("creates a profile with normalised identities, typed attributes, consent and preferences", async () => {
    const customer = await create({
      name: "Nguyễn Văn An",
      language: "vi",
      externalIds: [{ system: "crm", value: "KH-001" }],
      emails: [" An.Nguyen@Example.VN "],
      phones: ["0901 234 567"],
      attributes: { tier: "gold", balance: 125_000_000, vip: true, birthday: "1988-04-30" },
      tags: ["priority", "priority"],
      consent: { email: { granted: true, source: "app settings" } },
      preferences: { preferredChannel: "email", contactHours: { from: "08:00", to: "20:00" } },
    });
    expect(customer).toMatchObject({
      name: "Nguyễn Văn An",
      externalIds: [{ system: "crm", value: "KH-001" }],
      emails: ["an.nguyen@example.vn"],
      phones: ["+84901234567"],
      attributes: { tier: "gold", balance: 125_000_000, vip: true, birthday: "1988-04-30" },
      tags: ["priority"],
      consent: { email: { granted: true, source: "app settings", at: t.clock.now().toISOString() } },
      preferences: { preferredChannel: "email", contactHours: { from: "08:00", to: "20:00" } },
      mergedInto: null,
      erasedAt: null,
    });
  });

  it("finds customers by a name typed without diacritics, an email, a phone in any form, an id", async () => {
    await create({ name: "Trần Thị Bích Ngọc", phones: ["+84 912 000 111"] });
    expect(await search("bich ngoc")).toEqual(["Trần Thị Bích Ngọc"]);
    expect(await search("NGUYỄN văn")).toEqual(["Nguyễn Văn An"]);
    expect(await search("0912 000 111")).toEqual(["Trần Thị Bích Ngọc"]);
    expect(await search("an.nguyen@")).toEqual(["Nguyễn Văn An"]);
    expect(await search("kh-001")).toEqual(["Nguyễn Văn An"]);
    expect(await search("100%_")).toEqual([]);
  });

  it("refuses bad emails, phones and attributes with the path of each, and taken identities with 409", async () => {
    const bad = await call("POST", "/customers", {
      emails: ["ok@example.vn", "not-an-email"],
      phones: ["12345"],
      attributes: { tier: 3, unknown: "x", birthday: "30/04/1988" },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      json<{ errors: { path: string }[] }>(bad)
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(["attributes.birthday", "attributes.tier", "attributes.unknown"]);
    const badIdentities = await call("POST", "/customers", {
      emails: ["ok@example.vn", "not-an-email"],
      phones: ["12345"],
    });
    expect(json<{ errors: { path: string }[] }>(badIdentities).errors.map((e) => e.path)).toEqual([
      "emails.1",
      "phones.0",
    ]);
    const taken = await call("POST", "/customers", { emails: ["x@example.vn", "AN.NGUYEN@example.vn"] });
    expect(taken.statusCode).toBe(409);
    expect(json<{ code: string; errors: { path: string }[] }>(taken)).toMatchObject({
      code: "identity_taken",
      errors: [{ path: "emails.1" }],
    });
    expect((await call("POST", "/customers", { channel: "web" })).statusCode).toBe(400);
  });

  it("changes a profile: attributes and consent merge, null removes, identity lists replace", async () => {
    const customer = await create({
      name: "Lê Minh",
      emails: ["minh@example.vn"],
      attributes: { tier: "silver", vip: false },
    });
    t.clock.advance(60_000);
    const changed = await call("PATCH", `/customers/${customer.id}`, {
      attributes: { tier: "gold", vip: null },
      consent: { sms: { granted: false, source: "hotline call" } },
      phones: ["0988 777 666"],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(json<Customer>(changed)).toMatchObject({
      attributes: { tier: "gold" },
      emails: ["minh@example.vn"],
      phones: ["+84988777666"],
      consent: { sms: { granted: false, source: "hotline call" } },
    });
    expect(await search("0988777666")).toEqual(["Lê Minh"]);
  });

  it("keeps workspaces apart and checks roles", async () => {
    const customer = await create({ name: "Riêng tư" });
    expect((await call("GET", `/customers/${customer.id}`, undefined, other.keys.owner)).statusCode).toBe(
      404,
    );
    expect(
      json<{ items: unknown[] }>(await call("GET", "/customers", undefined, other.keys.owner)).items,
    ).toEqual([]);
    expect((await call("POST", "/customers", { name: "X" }, ws.keys.viewer)).statusCode).toBe(403);
    const define = await t.app.inject({
      method: "PUT",
      url: "/api/v1/customer-attributes/segment",
      headers: bearer(ws.keys.analyst),
      payload: { label: { en: "Segment" }, type: "string" },
    });
    expect(define.statusCode).toBe(403);
  });
});
