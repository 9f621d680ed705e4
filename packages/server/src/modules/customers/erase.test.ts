import type { Customer, Invitation } from "@touchpoint/core";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/ids.ts";
import { json, publishTestSurvey, seedWorkspace } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { contactEvents } from "../contacts/schema.ts";
import { emailSuppressions, invitations } from "../invitations/schema.ts";
import { addSuppression } from "../invitations/suppressions-repo.ts";
import {
  DAY_MS,
  deliverQueued,
  type InvitationsTest,
  invitationsOf,
  invite,
  runReminders,
  startInvitationsTest,
} from "../invitations/test-sends.ts";
import { auditLog } from "../platform/schema.ts";
import { responses } from "../responses/schema.ts";
import type { Erasure } from "./privacy-shapes.ts";
import {
  call,
  createCustomer,
  expectStatus,
  feedbackSurvey,
  recordInteraction,
  respond,
  type Scene,
} from "./privacy-test-builders.ts";
import {
  customerEvents,
  customerIdentities,
  customerMerges,
  customerScores,
  customers,
  interactions,
  mergeSuggestions,
} from "./schema.ts";

/** Every table that holds something about a customer, read whole for one workspace. */
const TABLES = {
  customers,
  customerIdentities,
  interactions,
  customerEvents,
  customerScores,
  mergeSuggestions,
  customerMerges,
  responses,
  invitations,
  emailSuppressions,
  contactEvents,
  auditLog,
};

describe.each(testEngines)("erasing a customer on %s", (engine) => {
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
    // No frequency rule: what holds an invitation back here is the customer's consent or erasure alone.
    expectStatus(await call(scene, "PUT", "/contact-policy", { windowDays: 0 }), 200);
  });
  afterAll(() => test.dispose());

  const db = () => test.t.testDb.database.db;
  const erase = (id: string, key = scene.ws.keys.admin) =>
    call(scene, "POST", `/customers/${id}/erase`, undefined, key);
  async function tablesOf(workspaceId: string) {
    const dump: Record<string, unknown[]> = {};
    for (const [name, table] of Object.entries(TABLES)) {
      dump[name] = await db().select().from(table).where(eq(table.workspaceId, workspaceId));
    }
    return dump;
  }
  const aggregates = async () => {
    const survey = json<{ responseCount: number }>(await call(scene, "GET", `/surveys/${surveyId}`));
    const list = json<{ items: { id: string; answers: { nps?: number; csat?: number } }[] }>(
      await call(scene, "GET", `/surveys/${surveyId}/responses?limit=200`),
    );
    return {
      responseCount: survey.responseCount,
      scores: list.items.map(({ id, answers }) => [id, answers.nps, answers.csat]),
      latest: await db()
        .select()
        .from(customerScores)
        .where(eq(customerScores.workspaceId, scene.ws.workspaceId)),
    };
  };

  /** Everything that names Hà, as given to the system through every channel below. */
  const PERSONAL = [
    "Phạm Thu Hà",
    "Ha Pham",
    "ha@example.vn",
    "ha.work@example.vn",
    "987654321",
    "KH-55",
    "Nợ thẻ tín dụng quá hạn",
    "Agent Quỳnh",
    "Nhân viên quá chậm",
    "Zalo của Hà",
    "Chị Hà",
    "tiết kiệm",
  ];

  async function customerWithEverything() {
    const ha = await createCustomer(scene, {
      name: "Phạm Thu Hà",
      emails: ["ha@example.vn"],
      phones: ["0987 654 321"],
      attributes: { tier: "gold" },
      tags: ["vip"],
      consent: { email: { granted: true, source: "app" } },
      preferences: { preferredChannel: "email", other: { topic: "tiết kiệm" } },
    });
    const earlier = await createCustomer(scene, {
      name: "Ha Pham",
      emails: ["ha.work@example.vn"],
      externalIds: [{ system: "default", value: "KH-55" }],
    });
    expectStatus(await call(scene, "POST", `/customers/${ha.id}/merge`, { customerId: earlier.id }), 200);
    await recordInteraction(scene, {
      customer: { externalId: "KH-55" },
      note: "Nợ thẻ tín dụng quá hạn",
      agent: "Agent Quỳnh",
      metadata: { callback: "0987654321" },
    });
    await respond(scene, surveyId, {
      answers: {
        nps: 4,
        csat: 2,
        why: "Nhân viên quá chậm",
        reply_to: "ha@example.vn",
        channel: { other: "Zalo của Hà" },
      },
      hidden: { touchpoint: "branch", contact: "ha.work@example.vn" },
      customer: { email: "ha@example.vn", name: "Phạm Thu Hà" },
    });
    // A response stored before customers existed: it names her, but no profile holds it yet.
    const unattached = await respond(scene, surveyId, {
      answers: { nps: 9 },
      customer: { phone: "0987654321" },
    });
    await db()
      .update(responses)
      .set({ customerId: null })
      .where(and(eq(responses.workspaceId, scene.ws.workspaceId), eq(responses.id, unattached)));
    // A record naming her and someone else: a merge suggestion whose evidence is her email.
    await createCustomer(scene, { phones: ["0933 000 111"] });
    await respond(scene, surveyId, {
      answers: { nps: 7 },
      customer: { email: "ha@example.vn", phone: "0933000111" },
    });
    await invite(test, surveyId, {
      recipients: [{ email: "ha@example.vn", name: "Chị Hà", hidden: { contact: "0987654321" } }],
      reminders: { count: 1, intervalHours: 24 },
    });
    await deliverQueued(test.t);
    const queued = await invite(test, surveyId, { recipients: [{ email: "ha.work@example.vn" }] });
    await addSuppression(db(), {
      workspaceId: scene.ws.workspaceId,
      id: newId(),
      email: "ha.work@example.vn",
      reason: "unsubscribed",
      invitationId: null,
      createdAt: test.t.clock.now(),
    });
    return { ha, earlier, queuedBatch: queued.batch.id };
  }

  it("takes her data out of every table, keeps every aggregate, and audits it without naming her", async () => {
    const { ha, earlier, queuedBatch } = await customerWithEverything();
    const before = await aggregates();
    const tablesBefore = await tablesOf(scene.ws.workspaceId);
    const dumpBefore = JSON.stringify(tablesBefore);
    for (const value of PERSONAL) expect(dumpBefore).toContain(value);
    const sent = (tablesBefore.invitations as { email: string; nextReminderAt: Date | null }[]).find(
      (row) => row.email === "ha@example.vn",
    );
    expect(sent?.nextReminderAt).not.toBeNull();

    const erasure = json<Erasure>(expectStatus(await erase(ha.id), 200));
    expect(erasure).toMatchObject({
      customerId: ha.id,
      erasedAt: test.t.clock.now().toISOString(),
      erased: {
        profiles: 2,
        identities: 4,
        responses: 3,
        interactions: 1,
        invitations: 2,
        suggestions: 1,
        merges: 1,
      },
    });
    const dump = await tablesOf(scene.ws.workspaceId);
    const text = JSON.stringify(dump);
    for (const value of PERSONAL) expect(text, value).not.toContain(value);

    const profiles = await db()
      .select()
      .from(customers)
      .where(eq(customers.workspaceId, scene.ws.workspaceId));
    const refused = { granted: false, source: "erasure", at: erasure.erasedAt };
    for (const id of [ha.id, earlier.id]) {
      expect(profiles.find((row) => row.id === id)).toMatchObject({
        name: null,
        attributes: {},
        tags: [],
        preferences: {},
        consent: { email: refused, sms: refused, phone: refused, in_app: refused },
        searchText: "",
      });
    }
    const stored = dump.responses as {
      answers: Record<string, unknown>;
      hidden: object;
      customer: unknown;
    }[];
    expect(stored.find((row) => row.answers.csat === 2)).toMatchObject({
      customer: null,
      answers: { nps: 4, csat: 2, channel: { other: "" } },
      hidden: { touchpoint: "branch" },
    });
    const held = await invitationsOf(test, queuedBatch);
    expect(held[0]).toMatchObject({ status: "suppressed", suppressionReason: "no_consent", name: null });
    expect(
      (dump.emailSuppressions as { email: string; reason: string }[]).map((row) => row.reason).sort(),
    ).toEqual(["no_consent", "unsubscribed"]);
    expect(await aggregates()).toEqual(before);
    const audit = (dump.auditLog as { action: string; targetId: string; after: unknown }[]).filter(
      (entry) => entry.action === "customers.erase",
    );
    expect(audit).toMatchObject([{ targetId: ha.id, after: { customerIds: [ha.id, earlier.id] } }]);

    // Again: the same answer, nothing new written; through the merged profile too.
    expect(json(expectStatus(await erase(ha.id), 200))).toEqual(erasure);
    expect(json(expectStatus(await erase(earlier.id), 200))).toEqual(erasure);
    expect(JSON.stringify(await tablesOf(scene.ws.workspaceId))).toBe(JSON.stringify(dump));

    // She is not emailed again: no reminder, and a new invitation to her address is held back.
    test.t.clock.advance(2 * DAY_MS);
    const sentBefore = test.mailbox.messages.length;
    await runReminders(test.t);
    expect(test.mailbox.messages.length).toBe(sentBefore);
    const again = await invite(test, surveyId, { recipients: [{ email: "Ha@Example.vn" }] });
    expect((await invitationsOf(test, again.batch.id)).map((i: Invitation) => i.suppressionReason)).toEqual([
      "no_consent",
    ]);
    // A new record with her address makes a new profile: the erased one stays empty.
    const fresh = await recordInteraction(scene, { customer: { email: "ha@example.vn" } });
    expect(fresh.customerId).not.toBe(ha.id);
  });

  it("refuses a merged profile (erase its survivor), analysts, and other workspaces' customers", async () => {
    const survivor = await createCustomer(scene, { name: "Sống" });
    const merged = await createCustomer(scene, { name: "Gộp" });
    expectStatus(
      await call(scene, "POST", `/customers/${survivor.id}/merge`, { customerId: merged.id }),
      200,
    );
    expect(json<{ code: string }>(expectStatus(await erase(merged.id), 409)).code).toBe("customer_merged");
    expectStatus(await erase(survivor.id, scene.ws.keys.analyst), 403);
    const elsewhere = await seedWorkspace(test.t);
    expectStatus(await erase(survivor.id, elsewhere.keys.owner), 404);
    expect(json<Customer>(await call(scene, "GET", `/customers/${survivor.id}`)).erasedAt).toBeNull();
  });

  it("holds back invitations to a customer who withdrew consent to email, until it is given again", async () => {
    const customer = await createCustomer(scene, {
      emails: ["optout@example.vn"],
      consent: { email: { granted: false, source: "hotline call" } },
    });
    const first = await invite(test, surveyId, { recipients: [{ email: "optout@example.vn" }] });
    expect(first).toMatchObject({ queued: 0, suppressed: 1 });
    expect((await invitationsOf(test, first.batch.id))[0]?.suppressionReason).toBe("no_consent");
    const given = { consent: { email: { granted: true, source: "app settings" } } };
    expectStatus(await call(scene, "PATCH", `/customers/${customer.id}`, given), 200);
    const second = await invite(test, surveyId, { recipients: [{ email: "optout@example.vn" }] });
    expect(second).toMatchObject({ queued: 1 });
    // Withdrawn again before the email went out: the queued invitation is held back at delivery.
    const withdrawn = { consent: { email: { granted: false, source: "email reply" } } };
    expectStatus(await call(scene, "PATCH", `/customers/${customer.id}`, withdrawn), 200);
    await deliverQueued(test.t);
    expect((await invitationsOf(test, second.batch.id))[0]).toMatchObject({
      status: "suppressed",
      suppressionReason: "no_consent",
    });
  });
});
