import type { SegmentPreview, SegmentRule } from "@touchpoint/core";
import { and, eq, sql } from "drizzle-orm";
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
import { listAttributeDefinitions } from "./repo.ts";
import { customers } from "./schema.ts";
import {
  buildCustomer,
  buildCustomers,
  type CustomerSpec,
  DAY_MS,
  defineSegmentAttributes,
  type Fixture,
  idsOf,
} from "./segment-fixtures.ts";
import { segmentWhere } from "./segment-where.ts";

const failures = (...offsets: number[]) =>
  offsets.map((offsetMs) => ({ offsetMs, outcome: "failure" as const, channel: "app" }));

/** Customers spread over every rule's edges; each test filters this list in JS for what it expects. */
const SPECS: CustomerSpec[] = [
  {
    name: "An",
    attributes: { tier: "gold", balance: 10, vip: true, joined: "2024-01-15" },
    tags: ["priority"],
    consent: { email: true },
    scores: { nps: 3 },
    interactions: failures(-DAY_MS, -10 * DAY_MS, -29 * DAY_MS),
  },
  {
    name: "Bình",
    attributes: { tier: "silver", balance: 9, vip: false, joined: "2025-06-01" },
    consent: { email: false },
    scores: { nps: 9 },
    // The third failure is a millisecond older than 30 days.
    interactions: failures(-DAY_MS, -2 * DAY_MS, -30 * DAY_MS - 1),
  },
  {
    name: "Chi",
    attributes: { tier: "Gold", balance: 100, joined: "2023-12-31" },
    tags: ["priority", "Khách hàng thân thiết"],
    scores: { nps: 6, csat: 4.2 },
  },
  {
    name: "Dũng",
    consent: { sms: true },
    // Exactly 30 days ago and exactly now both count.
    interactions: failures(-30 * DAY_MS, -5 * DAY_MS, 0),
  },
  {
    name: "Hoa",
    attributes: { tier: "Vàng Đặc Biệt", balance: -5 },
    scores: { csat: 4.1, ces: 2 },
    // A future one is not "in the last 30 days".
    interactions: [
      ...failures(-DAY_MS, -3 * DAY_MS, 1),
      { offsetMs: -DAY_MS, outcome: "success", channel: "branch", type: "deposit" },
    ],
  },
  {
    name: "Khoa",
    attributes: { vip: true },
    interactions: [0, 1, 2].map((day) => ({ offsetMs: -day * DAY_MS, outcome: "success" as const })),
  },
  {
    name: "Merged",
    attributes: { tier: "gold", balance: 1000, vip: true, joined: "2020-01-01" },
    tags: ["priority"],
    consent: { email: true },
    scores: { nps: 0 },
    interactions: failures(-DAY_MS, -DAY_MS, -DAY_MS),
    merged: true,
  },
  {
    name: "Erased",
    attributes: { tier: "gold", balance: 1000, joined: "2020-01-01" },
    tags: ["priority"],
    scores: { nps: 0 },
    erased: true,
  },
];

describe.each(testEngines)("segment rules on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let fixtures: Fixture[];
  let live: Fixture[];
  let elsewhere: Fixture;
  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    await defineSegmentAttributes(t, ws);
    await defineSegmentAttributes(t, other);
    fixtures = await buildCustomers(t, ws, SPECS);
    live = fixtures.filter((fixture) => !fixture.merged && !fixture.erased);
    // Another workspace's customer who matches every rule below.
    elsewhere = await buildCustomer(t, other, {
      ...SPECS[0],
      name: "Elsewhere",
      attributes: { tier: "gold", balance: 1e6 },
    });
  });
  afterAll(() => t.dispose());

  const preview = async (rules: SegmentRule[] | object[], match = "all", workspace = ws) => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/segments/preview",
      headers: bearer(workspace.keys.viewer),
      payload: { definition: { match, rules } },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = json<SegmentPreview>(response);
    expect(body.count).toBe(body.customers.length);
    return body.customers.map((customer) => customer.id);
  };
  const expectMatch = async (rules: object[], expected: Fixture[], match = "all") =>
    expect(await preview(rules, match)).toEqual(idsOf(expected));
  const attr = (fixture: Fixture, key: string) => fixture.attributes?.[key];

  it("compares numbers numerically: 10 and 100 are more than 9", async () => {
    const expected = live.filter(
      (c) => typeof attr(c, "balance") === "number" && Number(attr(c, "balance")) > 9,
    );
    expect(expected.map((c) => c.name)).toEqual(["An", "Chi"]);
    await expectMatch([{ kind: "attribute", key: "balance", op: "gt", value: 9 }], expected);
    await expectMatch(
      [{ kind: "attribute", key: "balance", op: "lte", value: 9 }],
      live.filter((c) => typeof attr(c, "balance") === "number" && Number(attr(c, "balance")) <= 9),
    );
  });

  it("compares dates as dates", async () => {
    const joined = (c: Fixture) => attr(c, "joined") as string | undefined;
    const before2024 = live.filter(
      (c) => joined(c) !== undefined && new Date(joined(c) as string) < new Date("2024-01-01"),
    );
    expect(before2024.map((c) => c.name)).toEqual(["Chi"]);
    await expectMatch([{ kind: "attribute", key: "joined", op: "lt", value: "2024-01-01" }], before2024);
    await expectMatch(
      [{ kind: "attribute", key: "joined", op: "gte", value: "2024-01-15" }],
      live.filter((c) => joined(c) !== undefined && new Date(joined(c) as string) >= new Date("2024-01-15")),
    );
  });

  it("matches text exactly with eq, and neq as its complement (customers without the attribute too)", async () => {
    await expectMatch(
      [{ kind: "attribute", key: "tier", op: "eq", value: "gold" }],
      live.filter((c) => attr(c, "tier") === "gold"),
    );
    await expectMatch(
      [{ kind: "attribute", key: "tier", op: "neq", value: "gold" }],
      live.filter((c) => attr(c, "tier") !== "gold"),
    );
    await expectMatch(
      [{ kind: "attribute", key: "vip", op: "eq", value: true }],
      live.filter((c) => attr(c, "vip") === true),
    );
  });

  it("finds text with contains, without case or diacritics", async () => {
    const gold = live.filter((c) =>
      String(attr(c, "tier") ?? "")
        .toLowerCase()
        .includes("gold"),
    );
    expect(gold.map((c) => c.name)).toEqual(["An", "Chi"]);
    await expectMatch([{ kind: "attribute", key: "tier", op: "contains", value: "GOLD" }], gold);
    const hoa = live.filter((c) => c.name === "Hoa");
    await expectMatch([{ kind: "attribute", key: "tier", op: "contains", value: "dac biet" }], hoa);
    await expectMatch([{ kind: "attribute", key: "tier", op: "contains", value: "ĐẶC BIỆT" }], hoa);
  });

  it("tests attributes for presence", async () => {
    await expectMatch(
      [{ kind: "attribute", key: "tier", op: "exists" }],
      live.filter((c) => attr(c, "tier") !== undefined),
    );
    await expectMatch(
      [{ kind: "attribute", key: "tier", op: "not_exists" }],
      live.filter((c) => attr(c, "tier") === undefined),
    );
  });

  it("ignores a value stored with another type instead of failing", async () => {
    const [stray] = await buildCustomers(t, other, [{ name: "Stray" }]);
    await t.testDb.database.db
      .update(customers)
      .set({ attributes: { balance: "100", joined: "long ago" } })
      .where(and(eq(customers.workspaceId, other.workspaceId), eq(customers.id, stray?.id ?? "")));
    expect(await preview([{ kind: "attribute", key: "balance", op: "gte", value: 0 }], "all", other)).toEqual(
      [elsewhere.id],
    );
    expect(
      await preview([{ kind: "attribute", key: "joined", op: "lt", value: "2030-01-01" }], "all", other),
    ).toEqual([]);
  });

  it("reads tags, with has: false for those without", async () => {
    const has = (tag: string) => (c: Fixture) => (c.tags ?? []).includes(tag);
    await expectMatch([{ kind: "tag", tag: "priority" }], live.filter(has("priority")));
    await expectMatch(
      [{ kind: "tag", tag: "priority", has: false }],
      live.filter((c) => !has("priority")(c)),
    );
    // Tags are compared in NFC, whatever form the rule was typed in.
    await expectMatch(
      [{ kind: "tag", tag: "Khách hàng thân thiết".normalize("NFD") }],
      live.filter(has("Khách hàng thân thiết")),
    );
  });

  it("counts a customer without a consent record as not granted", async () => {
    const granted = (c: Fixture, channel: "email" | "sms") => c.consent?.[channel] === true;
    await expectMatch(
      [{ kind: "consent", channel: "email", granted: true }],
      live.filter((c) => granted(c, "email")),
    );
    const notGranted = live.filter((c) => !granted(c, "email"));
    expect(notGranted.map((c) => c.name)).toContain("Chi");
    await expectMatch([{ kind: "consent", channel: "email", granted: false }], notGranted);
    await expectMatch(
      [{ kind: "consent", channel: "sms", granted: true }],
      live.filter((c) => granted(c, "sms")),
    );
  });

  it("reads the latest score: last NPS ≤ 6, CSAT ≥ 4.2 (stored as real), customers without one never", async () => {
    const score = (c: Fixture, metric: "nps" | "csat") => c.scores?.[metric];
    const detractors = live.filter((c) => score(c, "nps") !== undefined && Number(score(c, "nps")) <= 6);
    expect(detractors.map((c) => c.name)).toEqual(["An", "Chi"]);
    await expectMatch([{ kind: "score", metric: "nps", op: "lte", value: 6 }], detractors);
    await expectMatch(
      [{ kind: "score", metric: "csat", op: "gte", value: 4.2 }],
      live.filter((c) => score(c, "csat") !== undefined && Number(score(c, "csat")) >= 4.2),
    );
    await expectMatch(
      [{ kind: "score", metric: "ces", op: "eq", value: 2 }],
      live.filter((c) => c.scores?.ces === 2),
    );
  });

  it("counts interactions in the window, its edges included, of the outcome, channel and type asked", async () => {
    const now = t.clock.now().getTime();
    const within = (
      c: Fixture,
      days: number,
      keep: (i: NonNullable<Fixture["interactions"]>[number]) => boolean,
    ) =>
      (c.interactions ?? []).filter((i) => {
        const at = now + i.offsetMs;
        return at >= now - days * DAY_MS && at <= now && keep(i);
      }).length;
    const failing = live.filter((c) => within(c, 30, (i) => i.outcome === "failure") >= 3);
    expect(failing.map((c) => c.name)).toEqual(["An", "Dũng"]);
    const rule = { kind: "interactions", minCount: 3, withinDays: 30, outcome: "failure" };
    await expectMatch([rule], failing);
    await expectMatch(
      [{ kind: "interactions", minCount: 3, withinDays: 30 }],
      live.filter((c) => within(c, 30, () => true) >= 3),
    );
    await expectMatch(
      [{ kind: "interactions", minCount: 1, withinDays: 7, channel: "branch", type: "deposit" }],
      live.filter((c) => within(c, 7, (i) => i.channel === "branch" && i.type === "deposit") >= 1),
    );
    // A millisecond later Dũng's oldest failure is out of the window, and Hoa's future one is in.
    t.clock.advance(1);
    const later = now + 1;
    const failingLater = live.filter(
      (c) =>
        (c.interactions ?? []).filter(
          (i) =>
            i.outcome === "failure" && now + i.offsetMs >= later - 30 * DAY_MS && now + i.offsetMs <= later,
        ).length >= 3,
    );
    expect(failingLater.map((c) => c.name)).toEqual(["An", "Hoa"]);
    await expectMatch([rule], failingLater);
  });

  it("combines rules with all and any", async () => {
    const rules = [
      { kind: "attribute", key: "tier", op: "contains", value: "gold" },
      { kind: "attribute", key: "balance", op: "gte", value: 100 },
    ];
    const goldish = (c: Fixture) =>
      String(attr(c, "tier") ?? "")
        .toLowerCase()
        .includes("gold");
    const rich = (c: Fixture) => Number(attr(c, "balance") ?? Number.NEGATIVE_INFINITY) >= 100;
    await expectMatch(
      rules,
      live.filter((c) => goldish(c) && rich(c)),
      "all",
    );
    const either = [rules[0] ?? {}, { kind: "consent", channel: "sms", granted: true }];
    await expectMatch(
      either,
      live.filter((c) => goldish(c) || c.consent?.sms === true),
      "any",
    );
  });

  it("never matches merged or erased customers, nor another workspace's", async () => {
    const everyone = await preview([{ kind: "attribute", key: "tier", op: "eq", value: "gold" }]);
    const gone = fixtures.filter((c) => c.merged || c.erased).map((c) => c.id);
    expect(gone).toHaveLength(2);
    expect(everyone.filter((id) => gone.includes(id))).toEqual([]);
    expect(
      await preview(
        [
          { kind: "tag", tag: "priority", has: false },
          { kind: "tag", tag: "priority" },
        ],
        "any",
      ),
    ).toEqual(idsOf(live));
  });

  it("evaluates the same inside a select list, as an analytics filter would use it", async () => {
    const db = t.testDb.database.db;
    const attributes = await listAttributeDefinitions(db, ws.workspaceId);
    const where = segmentWhere(
      {
        match: "any",
        rules: [
          { kind: "score", metric: "nps", op: "lte", value: 6 },
          { kind: "interactions", minCount: 3, withinDays: 30 },
        ],
      },
      { workspaceId: ws.workspaceId, now: t.clock.now(), attributes },
    );
    const [row] = await db
      .select({ inSegment: sql<number>`(count(*) filter (where ${where}))::int` })
      .from(customers);
    const ids = await preview(
      [
        { kind: "score", metric: "nps", op: "lte", value: 6 },
        { kind: "interactions", minCount: 3, withinDays: 30 },
      ],
      "any",
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(row?.inSegment).toBe(ids.length);
  });
});
