import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/ids.ts";
import { createTestDatabase, type TestDatabase, testEngines } from "../../testing/test-database.ts";
import * as repo from "./repo.ts";
import { type InboundRecord, resolveCustomer } from "./resolve-customer.ts";
import { mergeSuggestions } from "./schema.ts";

describe.each(testEngines)("identity resolution on %s", (engine) => {
  let testDb: TestDatabase;
  const workspaceId = newId();
  const now = new Date("2026-11-25T09:00:00Z");
  beforeAll(async () => {
    testDb = await createTestDatabase(engine);
  });
  afterAll(() => testDb.dispose());

  const resolve = (reference: InboundRecord["reference"], source = "test") =>
    testDb.database.transaction((tx) => resolveCustomer(tx, workspaceId, { reference, source }, now));
  const profile = async (id: string) => {
    const customer = await repo.findCustomer(testDb.database.db, workspaceId, id);
    if (!customer) throw new Error(`no customer ${id}`);
    return customer;
  };

  it("creates a customer for a new identity and finds it again by any normalised form", async () => {
    const first = await resolve({
      email: " Lan.Tran@Example.VN",
      phone: "0912 345 678",
      name: "Trần Thị Lan",
    });
    expect(first?.created).toBe(true);
    const customerId = first?.customerId ?? "";
    expect(await profile(customerId)).toMatchObject({
      name: "Trần Thị Lan",
      emails: ["lan.tran@example.vn"],
      phones: ["+84912345678"],
    });
    expect(await resolve({ phone: "+84 912 345 678" })).toEqual({ customerId, created: false });
    expect(await resolve({ email: "LAN.TRAN@example.vn" })).toEqual({ customerId, created: false });
  });

  it("resolves by external id first, then email, then phone, and adds identities it learns", async () => {
    const byEmail = await resolve({ email: "minh@example.vn" });
    const byPhone = await resolve({ phone: "0987654321" });
    // A record with the external id, Minh's email and a new phone: a new external id names nobody yet,
    // so the email decides, and the profile learns the external id and keeps the record's new phone.
    const record = await resolve({ externalId: "CRM-7", email: "minh@example.vn", phone: "0933000111" });
    expect(record?.customerId).toBe(byEmail?.customerId);
    expect(await profile(byEmail?.customerId ?? "")).toMatchObject({
      externalIds: [{ system: "default", value: "CRM-7" }],
      emails: ["minh@example.vn"],
      phones: ["+84933000111"],
    });
    expect((await resolve({ externalId: "CRM-7", phone: "0987654321" }))?.customerId).toBe(
      byEmail?.customerId,
    );
    expect(byPhone?.customerId).not.toBe(byEmail?.customerId);
    // That last record named Minh (by id) and the other customer (by phone): a suggestion, not a guess.
    const suggested = await testDb.database.db.select().from(mergeSuggestions);
    expect(suggested.map((s) => [s.customerId, s.otherCustomerId])).toContainEqual(
      [byEmail?.customerId, byPhone?.customerId].sort(),
    );
  });

  it("does not guess when one record names two customers: the first wins and a suggestion is queued", async () => {
    const hoa = await resolve({ email: "hoa@example.vn" });
    const other = await resolve({ phone: "0977111222" });
    const record = await resolve({ email: "hoa@example.vn", phone: "0977111222" }, "response:r1");
    expect(record?.customerId).toBe(hoa?.customerId);
    // The phone stays with its own customer.
    expect((await profile(hoa?.customerId ?? "")).phones).toEqual([]);
    await resolve({ phone: "0977111222", email: "hoa@example.vn" }, "response:r2");
    const pair = [hoa?.customerId, other?.customerId].sort();
    const suggestions = (await testDb.database.db.select().from(mergeSuggestions)).filter((s) =>
      pair.includes(s.customerId),
    );
    expect(suggestions.map((s) => [s.customerId, s.otherCustomerId])).toEqual([pair]);
    expect(suggestions[0]?.evidence).toEqual({
      source: "response:r1",
      identities: ["hoa@example.vn", "+84977111222"],
    });
  });

  it("leaves a record anonymous when it names no usable identity", async () => {
    expect(await resolve({ email: "not an address" })).toBeNull();
  });

  it("creates one customer when many records for the same new email arrive at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        resolve({ email: "burst@example.vn", phone: i % 2 ? "0911222333" : undefined }),
      ),
    );
    const ids = new Set(results.map((result) => result?.customerId));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result?.created)).toHaveLength(1);
    const [id] = ids;
    expect((await profile(id ?? "")).phones).toEqual(["+84911222333"]);
  });
});
