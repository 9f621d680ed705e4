import type { AuditEntry, Customer, Segment, SegmentPreview } from "@touchpoint/core";
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
import { buildCustomers, defineSegmentAttributes, type Fixture, idsOf } from "./segment-fixtures.ts";

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

const detractors = {
  match: "all",
  rules: [
    { kind: "score", metric: "nps", op: "lte", value: 6 },
    { kind: "attribute", key: "balance", op: "gte", value: 1000 },
  ],
};

describe.each(testEngines)("segments API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let fixtures: Fixture[];
  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    await defineSegmentAttributes(t, ws);
    fixtures = await buildCustomers(
      t,
      ws,
      Array.from({ length: 7 }, (_, i) => ({
        name: `Khách ${i}`,
        attributes: { balance: i * 500 },
        scores: { nps: i + 2 },
        tags: i % 2 === 0 ? ["even"] : [],
      })),
    );
  });
  afterAll(() => t.dispose());

  const call = (
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    payload?: object,
    key = ws.keys.agent,
  ) => t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(key), ...(payload ? { payload } : {}) });
  const expected = () =>
    fixtures.filter((c) => Number(c.scores?.nps) <= 6 && Number(c.attributes?.balance) >= 1000);

  it("creates, reads, counts, lists the customers of, changes and deletes a segment, each change audited", async () => {
    const created = await call("POST", "/segments", {
      name: "Detractors with money",
      definition: detractors,
    });
    expect(created.statusCode, created.body).toBe(201);
    const segment = json<Segment>(created);
    expect(segment).toMatchObject({
      name: "Detractors with money",
      description: null,
      definition: detractors,
    });
    expect(json<Segment>(await call("GET", `/segments/${segment.id}`, undefined, ws.keys.viewer))).toEqual(
      segment,
    );
    expect(json<{ items: Segment[] }>(await call("GET", "/segments")).items.map((s) => s.id)).toEqual([
      segment.id,
    ]);

    const want = expected();
    expect(want.map((c) => c.name)).toEqual(["Khách 2", "Khách 3", "Khách 4"]);
    const count = await call("GET", `/segments/${segment.id}/count`, undefined, ws.keys.viewer);
    expect(json(count)).toEqual({ count: want.length });
    const page = json<{ items: Customer[]; nextCursor: string | null }>(
      await call("GET", `/customers?segment=${segment.id}&limit=2`),
    );
    expect(page.items.map((c) => c.id)).toEqual(idsOf(want).slice(0, 2));
    const rest = json<{ items: Customer[]; nextCursor: string | null }>(
      await call("GET", `/customers?segment=${segment.id}&limit=2&cursor=${page.nextCursor}`),
    );
    expect(rest).toMatchObject({ items: [{ id: idsOf(want)[2] }], nextCursor: null });
    const searched = json<{ items: Customer[] }>(
      await call("GET", `/customers?segment=${segment.id}&q=${encodeURIComponent("khach 3")}`),
    );
    expect(searched.items.map((c) => c.name)).toEqual(["Khách 3"]);
    const even = json<{ items: Customer[] }>(await call("GET", `/customers?segment=${segment.id}&tag=even`));
    expect(even.items.map((c) => c.id)).toEqual(idsOf(want.filter((c) => c.tags?.includes("even"))));

    t.clock.advance(1000);
    const changed = await call("PUT", `/segments/${segment.id}`, {
      name: "Detractors",
      description: "NPS 0–6",
      definition: { rules: [detractors.rules[0]] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(json<Segment>(changed)).toMatchObject({ name: "Detractors", description: "NPS 0–6" });
    expect(json<Segment>(changed).updatedAt).not.toBe(segment.updatedAt);
    expect(json(await call("GET", `/segments/${segment.id}/count`))).toEqual({
      count: fixtures.filter((c) => Number(c.scores?.nps) <= 6).length,
    });

    expect((await call("DELETE", `/segments/${segment.id}`)).statusCode).toBe(204);
    expect((await call("GET", `/segments/${segment.id}`)).statusCode).toBe(404);
    expect((await call("GET", `/customers?segment=${segment.id}`)).statusCode).toBe(404);

    const audit = json<{ items: AuditEntry[] }>(
      await call("GET", "/audit-log?limit=50", undefined, ws.keys.owner),
    );
    const entries = audit.items.filter((entry) => entry.targetId === segment.id);
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      "segments.create",
      "segments.delete",
      "segments.update",
    ]);
    expect(entries.find((entry) => entry.action === "segments.update")).toMatchObject({
      targetType: "segment",
      actor: { type: "api_key" },
      before: { name: "Detractors with money" },
      after: { name: "Detractors" },
    });
  });

  it("previews a definition with its live count and first 20 customers", async () => {
    const preview = await call(
      "POST",
      "/segments/preview",
      { definition: { rules: [{ kind: "tag", tag: "even", has: false }] } },
      ws.keys.viewer,
    );
    expect(preview.statusCode, preview.body).toBe(200);
    const want = fixtures.filter((c) => !c.tags?.includes("even"));
    const body = json<SegmentPreview>(preview);
    expect(body.count).toBe(want.length);
    expect(body.customers.map((c) => c.id)).toEqual(idsOf(want));
  });

  it("refuses rules that do not fit the workspace's attributes with 422 and the path of each", async () => {
    const response = await call("POST", "/segments", {
      name: "Broken",
      definition: {
        match: "any",
        rules: [
          { kind: "attribute", key: "balance", op: "gt", value: "ten" },
          { kind: "attribute", key: "income", op: "gt", value: 10 },
          { kind: "attribute", key: "joined", op: "lt", value: "30/04/2026" },
          { kind: "attribute", key: "tier", op: "gt", value: "gold" },
          { kind: "attribute", key: "balance", op: "contains", value: "1" },
          { kind: "attribute", key: "tier", op: "eq" },
          { kind: "attribute", key: "tier", op: "exists", value: "gold" },
          { kind: "attribute", key: "tier", op: "contains", value: "  " },
          { kind: "attribute", key: "vip", op: "eq", value: "yes" },
        ],
      },
    });
    expect(response.statusCode).toBe(422);
    const problem = json<Problem>(response);
    expect(problem.code).toBe("invalid_segment");
    expect(problem.errors?.map((e) => e.path)).toEqual([
      "definition.rules.0.value",
      "definition.rules.1.key",
      "definition.rules.2.value",
      "definition.rules.3.op",
      "definition.rules.4.op",
      "definition.rules.5.value",
      "definition.rules.6.value",
      "definition.rules.7.value",
      "definition.rules.8.value",
    ]);
    expect(problem.errors?.[0]?.message).toBe("must be a number");
    expect(problem.errors?.[1]?.message).toContain("unknown attribute");
    const preview = await call("POST", "/segments/preview", {
      definition: { rules: [{ kind: "attribute", key: "income", op: "exists" }] },
    });
    expect(json<Problem>(preview)).toMatchObject({
      status: 422,
      errors: [{ path: "definition.rules.0.key" }],
    });
    // The shape itself is checked first: an unknown kind or no rule at all is a 400.
    expect((await call("POST", "/segments", { name: "x", definition: { rules: [] } })).statusCode).toBe(400);
    expect(
      (await call("POST", "/segments", { name: "x", definition: { rules: [{ kind: "sentiment" }] } }))
        .statusCode,
    ).toBe(400);
  });

  it("answers 422 for a saved segment whose attribute was removed since", async () => {
    const segment = json<Segment>(
      await call("POST", "/segments", {
        name: "Joined lately",
        definition: { rules: [{ kind: "attribute", key: "joined", op: "gte", value: "2026-01-01" }] },
      }),
    );
    const removed = await call("DELETE", "/customer-attributes/joined", undefined, ws.keys.admin);
    expect(removed.statusCode).toBe(204);
    const count = await call("GET", `/segments/${segment.id}/count`);
    expect(json<Problem>(count)).toMatchObject({ status: 422, errors: [{ path: "definition.rules.0.key" }] });
    await defineSegmentAttributes(t, ws);
    expect(json(await call("GET", `/segments/${segment.id}/count`))).toEqual({ count: 0 });
    expect((await call("DELETE", `/segments/${segment.id}`)).statusCode).toBe(204);
  });

  it("keeps workspaces apart and checks roles", async () => {
    const segment = json<Segment>(
      await call("POST", "/segments", {
        name: "Mine",
        definition: { rules: [{ kind: "tag", tag: "even" }] },
      }),
    );
    for (const url of [
      `/segments/${segment.id}`,
      `/segments/${segment.id}/count`,
      `/customers?segment=${segment.id}`,
    ]) {
      expect((await call("GET", url, undefined, other.keys.owner)).statusCode).toBe(404);
    }
    expect(
      (
        await call(
          "PUT",
          `/segments/${segment.id}`,
          { name: "Theirs", definition: { rules: [{ kind: "tag", tag: "x" }] } },
          other.keys.owner,
        )
      ).statusCode,
    ).toBe(404);
    expect((await call("DELETE", `/segments/${segment.id}`, undefined, other.keys.owner)).statusCode).toBe(
      404,
    );
    expect(
      json<{ items: Segment[] }>(await call("GET", "/segments", undefined, other.keys.viewer)).items,
    ).toEqual([]);
    // The other workspace has no attribute "balance": the same rule is unknown there.
    const there = await call("POST", "/segments/preview", { definition: detractors }, other.keys.viewer);
    expect(json<Problem>(there)).toMatchObject({ status: 422, errors: [{ path: "definition.rules.1.key" }] });
    const viewerCreates = await call(
      "POST",
      "/segments",
      { name: "No", definition: detractors },
      ws.keys.viewer,
    );
    expect(viewerCreates.statusCode).toBe(403);
    expect((await call("DELETE", `/segments/${segment.id}`, undefined, ws.keys.viewer)).statusCode).toBe(403);
    expect((await call("GET", `/segments/${segment.id}/count`, undefined, ws.keys.viewer)).statusCode).toBe(
      200,
    );
  });
});
