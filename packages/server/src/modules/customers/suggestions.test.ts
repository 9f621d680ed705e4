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
import type { MergeSuggestion } from "./merge-shapes.ts";
import {
  call,
  createCustomer,
  expectStatus,
  feedbackSurvey,
  respond,
  type Scene,
} from "./privacy-test-builders.ts";

type Page = { items: MergeSuggestion[]; nextCursor: string | null };

describe.each(testEngines)("merge suggestions on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let scene: Scene;
  let surveyId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    scene = { t, ws };
    surveyId = (await publishTestSurvey(t, ws, feedbackSurvey())).id;
  });
  afterAll(() => t.dispose());

  const suggestions = async (status: string, key = ws.keys.viewer) =>
    json<Page>(
      expectStatus(
        await call(scene, "GET", `/customer-merge-suggestions?status=${status}`, undefined, key),
        200,
      ),
    ).items;

  /** Two customers, and a response naming both: resolution queues the pair instead of guessing. */
  async function conflictingPair(email: string, phone: string) {
    const byEmail = await createCustomer(scene, { name: "Hoa", emails: [email] });
    const byPhone = await createCustomer(scene, { name: "Hoà", phones: [phone] });
    const responseId = await respond(scene, surveyId, { answers: { nps: 8 }, customer: { email, phone } });
    return { byEmail, byPhone, responseId };
  }

  it("lists open suggestions with both customers and the evidence; merging the pair marks it merged", async () => {
    const { byEmail, byPhone, responseId } = await conflictingPair("hoa@example.vn", "0977 111 222");
    const [open] = await suggestions("open");
    const pair = [byEmail, byPhone].sort((a, b) => a.id.localeCompare(b.id));
    expect(open).toMatchObject({
      status: "open",
      customers: pair.map(({ id, name, emails, phones }) => ({ id, name, emails, phones, mergedInto: null })),
      evidence: { source: `response:${responseId}`, identities: ["hoa@example.vn", "+84977111222"] },
      resolvedAt: null,
    });
    const accepted = await call(
      scene,
      "POST",
      `/customers/${byEmail.id}/merge`,
      { customerId: byPhone.id },
      ws.keys.analyst,
    );
    expectStatus(accepted, 200);
    expect(await suggestions("open")).toEqual([]);
    const [merged] = await suggestions("merged");
    expect(merged).toMatchObject({ id: open?.id, status: "merged", resolvedAt: t.clock.now().toISOString() });
    expect(merged?.customers.find((c) => c.id === byPhone.id)?.mergedInto).toBe(byEmail.id);
  });

  it("dismisses a suggestion once, audited; others' and viewers' attempts fail", async () => {
    await conflictingPair("lan@example.vn", "0912 000 333");
    const [open] = await suggestions("open");
    if (!open) throw new Error("no suggestion");
    const dismiss = (key: string) =>
      call(scene, "POST", `/customer-merge-suggestions/${open.id}/dismiss`, undefined, key);
    expectStatus(await dismiss(ws.keys.viewer), 403);
    const elsewhere = await seedWorkspace(t);
    expectStatus(await dismiss(elsewhere.keys.owner), 404);
    const dismissed = json<MergeSuggestion>(expectStatus(await dismiss(ws.keys.analyst), 200));
    expect(dismissed).toMatchObject({
      id: open.id,
      status: "dismissed",
      resolvedAt: t.clock.now().toISOString(),
    });
    expect(json<{ code: string }>(expectStatus(await dismiss(ws.keys.analyst), 409)).code).toBe(
      "suggestion_closed",
    );
    expect((await suggestions("dismissed")).map((s) => s.id)).toEqual([open.id]);
    expect(await suggestions("open")).toEqual([]);
    const audit = json<{ items: { action: string; targetId: string }[] }>(
      await call(scene, "GET", "/audit-log?limit=1"),
    ).items;
    expect(audit[0]).toMatchObject({ action: "customers.suggestion.dismiss", targetId: open.id });
  });
});
