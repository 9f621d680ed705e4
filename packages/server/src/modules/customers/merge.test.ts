import type { Customer } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  json,
  publishTestSurvey,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import type { CustomerMerge } from "./merge-shapes.ts";
import {
  call,
  createCustomer,
  expectStatus,
  exportOf,
  feedbackSurvey,
  recordInteraction,
  respond,
  type Scene,
  withoutMergeTraces,
} from "./privacy-test-builders.ts";

type MergeResult = { merge: CustomerMerge; survivor: Customer };
type Problem = { code: string };

describe.each(testEngines)("merging customers on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let scene: Scene;
  let surveyId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    scene = { t, ws };
    for (const key of ["tier", "branch"]) {
      expectStatus(
        await call(scene, "PUT", `/customer-attributes/${key}`, { label: { vi: key }, type: "string" }),
        200,
      );
    }
    surveyId = (await publishTestSurvey(t, ws, feedbackSurvey())).id;
  });
  afterAll(() => t.dispose());

  const merge = (survivorId: string, mergedId: string, key = ws.keys.analyst) =>
    call(scene, "POST", `/customers/${survivorId}/merge`, { customerId: mergedId }, key);
  const undo = (mergeId: string) =>
    call(scene, "POST", `/customer-merges/${mergeId}/undo`, undefined, ws.keys.analyst);
  const merged = async (survivorId: string, mergedId: string) =>
    json<MergeResult>(expectStatus(await merge(survivorId, mergedId), 200)).merge;
  const customer = async (id: string) =>
    json<Customer>(expectStatus(await call(scene, "GET", `/customers/${id}`), 200));
  const codeOf = (response: Awaited<ReturnType<typeof call>>) => json<Problem>(response).code;

  /** A customer with one interaction and one response, under its own identities. */
  async function withHistory(body: { email: string } & Record<string, unknown>, nps: number) {
    const { email, ...profile } = body;
    const created = await createCustomer(scene, { emails: [email], ...profile });
    await recordInteraction(scene, { customer: { email }, note: `note of ${email}`, agent: "Agent Bình" });
    await respond(scene, surveyId, { answers: { nps, why: `why of ${email}` }, customer: { email } });
    t.clock.advance(60_000);
    return created;
  }

  it("moves everything of the merged customer to the survivor, and undo restores both exactly", async () => {
    const an = await withHistory(
      {
        email: "an@example.vn",
        name: "Nguyễn Văn An",
        attributes: { tier: "gold" },
        tags: ["vip"],
        consent: { email: { granted: true, source: "app" } },
      },
      9,
    );
    const other = await withHistory(
      {
        email: "an.nguyen@work.vn",
        phones: ["0901 234 567"],
        externalIds: [{ system: "default", value: "KH-9" }],
        language: "en",
        attributes: { branch: "HN-01" },
        tags: ["app_user"],
      },
      3,
    );
    const before = [await exportOf(scene, an.id), await exportOf(scene, other.id)];

    const result = json<MergeResult>(expectStatus(await merge(an.id, other.id), 200));
    expect(result.merge).toMatchObject({
      survivorId: an.id,
      mergedId: other.id,
      moved: { identities: 3, interactions: 1, responses: 1 },
      filled: ["language", "attributes.branch", "tags.app_user"],
      scores: ["nps"],
      undoable: true,
    });
    expect(result.survivor).toMatchObject({
      name: "Nguyễn Văn An",
      language: "en",
      emails: ["an@example.vn", "an.nguyen@work.vn"],
      phones: ["+84901234567"],
      attributes: { tier: "gold", branch: "HN-01" },
      tags: ["vip", "app_user"],
    });
    expect((await customer(other.id)).mergedInto).toBe(an.id);
    const during = await exportOf(scene, an.id);
    expect(during.interactions).toHaveLength(2);
    expect((during.responses as { customerId: string }[]).map((r) => r.customerId)).toEqual([an.id, an.id]);
    const scores = during.scores as { customerId: string; metric: string; value: number }[];
    expect(scores.filter((score) => score.customerId === an.id)).toMatchObject([{ metric: "nps", value: 3 }]);
    // The survivor's export holds the merged profile's events too: one "merged" on each.
    expect(during.events.filter((e) => e.kind === "merged")).toHaveLength(2);
    expect((await exportOf(scene, other.id)).events.map((e) => e.kind)).toEqual(["merged"]);
    // The other customer's email now resolves to the survivor.
    const later = await recordInteraction(scene, { customer: { email: "an.nguyen@work.vn" } });
    expect(later.customerId).toBe(an.id);

    const undone = expectStatus(await undo(result.merge.id), 200);
    expect(json<{ restored: Customer }>(undone).restored).toMatchObject({ id: other.id, mergedInto: null });
    const [anAfter, otherAfter] = [await exportOf(scene, an.id), await exportOf(scene, other.id)];
    // What the survivor received after the merge stays with it; everything else is as before.
    const interactions = anAfter.interactions as { id: string }[];
    expect(interactions.map((i) => i.id)).toContain(later.id);
    anAfter.interactions = interactions.filter((i) => i.id !== later.id);
    const after = [anAfter, otherAfter];
    expect(after.map(withoutMergeTraces)).toEqual(before.map(withoutMergeTraces));

    const audit = json<{ items: { action: string; targetId: string; after: Record<string, unknown> }[] }>(
      await call(scene, "GET", "/audit-log?limit=5"),
    ).items;
    expect(audit.slice(0, 2)).toMatchObject([{ action: "customers.export" }, { action: "customers.export" }]);
    expect(audit.find((entry) => entry.action === "customers.unmerge")).toMatchObject({
      targetId: an.id,
      after: { mergeId: result.merge.id, mergedId: other.id, movedBack: { identities: 3, interactions: 1 } },
    });
  });

  it("refuses a self-merge, merged or erased customers (409), another workspace's (404) and agents (403)", async () => {
    const one = await createCustomer(scene, { name: "Một" });
    const two = await createCustomer(scene, { name: "Hai" });
    const three = await createCustomer(scene, { name: "Ba" });
    expect(codeOf(expectStatus(await merge(one.id, one.id), 409))).toBe("self_merge");
    await merged(one.id, two.id);
    expect(codeOf(expectStatus(await merge(three.id, two.id), 409))).toBe("customer_merged");
    expect(codeOf(expectStatus(await merge(two.id, three.id), 409))).toBe("customer_merged");
    expectStatus(await call(scene, "POST", `/customers/${three.id}/erase`), 200);
    expect(codeOf(expectStatus(await merge(one.id, three.id), 409))).toBe("customer_erased");
    const elsewhere = await seedWorkspace(t);
    const foreign = await createCustomer({ t, ws: elsewhere }, { name: "Khác" });
    expectStatus(await merge(one.id, foreign.id), 404);
    expectStatus(await merge(one.id, (await createCustomer(scene, {})).id, ws.keys.agent), 403);
  });

  it("lets one of two merges sharing a customer win; the other is a 409 and nothing is lost", async () => {
    const [x, y, z] = [
      await withHistory({ email: "x@example.vn" }, 8),
      await withHistory({ email: "y@example.vn" }, 7),
      await withHistory({ email: "z@example.vn" }, 6),
    ];
    const outcomes = await Promise.all([merge(x.id, y.id), merge(z.id, y.id)]);
    expect(outcomes.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const winner = outcomes.find((response) => response.statusCode === 200);
    const { survivorId, mergedId } = json<MergeResult>(winner as (typeof outcomes)[number]).merge;
    expect((await customer(mergedId)).mergedInto).toBe(survivorId);
    const survivor = await exportOf(scene, survivorId);
    expect(survivor.interactions).toHaveLength(2);
    expect(survivor.responses).toHaveLength(2);
    const loser = survivorId === x.id ? z : x;
    expect(await customer(loser.id)).toMatchObject({ emails: loser.emails, mergedInto: null });

    const [a, b] = [
      await withHistory({ email: "a@example.vn" }, 8),
      await withHistory({ email: "b@example.vn" }, 7),
    ];
    const crossed = await Promise.all([merge(a.id, b.id), merge(b.id, a.id)]);
    expect(crossed.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const pair = await Promise.all([a, b].map((c) => customer(c.id)));
    expect(pair.filter((c) => c.mergedInto === null)).toHaveLength(1);
    expect(pair.flatMap((c) => c.emails).sort()).toEqual(["a@example.vn", "b@example.vn"]);
  });

  it("undoes a chain in reverse order: an earlier merge waits (409) until the later one is undone", async () => {
    const [p, q, r] = [
      await withHistory({ email: "p@example.vn", name: "P" }, 10),
      await withHistory({ email: "q@example.vn", language: "en" }, 5),
      await withHistory({ email: "r@example.vn" }, 2),
    ];
    const before = [await exportOf(scene, p.id), await exportOf(scene, q.id), await exportOf(scene, r.id)];
    const first = await merged(p.id, q.id);
    const second = await merged(r.id, p.id);
    expect((await customer(r.id)).emails.sort()).toEqual(["p@example.vn", "q@example.vn", "r@example.vn"]);
    const listed = json<{ items: CustomerMerge[] }>(
      await call(scene, "GET", `/customers/${p.id}/merges`),
    ).items;
    expect(listed.map((m) => [m.id, m.undoable])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    const refused = expectStatus(await undo(first.id), 409);
    expect(json<Problem & { detail: string }>(refused)).toMatchObject({ code: "later_merge" });
    expectStatus(await undo(second.id), 200);
    expectStatus(await undo(first.id), 200);
    expect(codeOf(expectStatus(await undo(first.id), 409))).toBe("merge_undone");
    const after = [await exportOf(scene, p.id), await exportOf(scene, q.id), await exportOf(scene, r.id)];
    expect(after.map(withoutMergeTraces)).toEqual(before.map(withoutMergeTraces));
  });

  it("keeps a filled field the survivor changed after the merge when undoing it", async () => {
    const survivor = await createCustomer(scene, { emails: ["s@example.vn"] });
    const other = await createCustomer(scene, { emails: ["m@example.vn"], language: "en", name: "Mai" });
    const { id } = await merged(survivor.id, other.id);
    expectStatus(await call(scene, "PATCH", `/customers/${survivor.id}`, { language: "vi" }), 200);
    const { survivor: after } = json<MergeResult>(expectStatus(await undo(id), 200));
    expect(after).toMatchObject({ name: null, language: "vi", emails: ["s@example.vn"] });
  });
});
