import { type AuditEntry, MAX_RECIPIENTS, type Segment, type SendInvitationsResult } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/ids.ts";
import { bearer, json, type SeededWorkspace, seedWorkspace } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { customerIdentities, customers } from "../customers/schema.ts";
import { buildCustomers, type CustomerSpec, type Fixture } from "../customers/segment-fixtures.ts";
import {
  deliverQueued,
  type InvitationsTest,
  invitationsOf,
  invite,
  postInvitations,
  publishSurvey,
  startInvitationsTest,
} from "./test-sends.ts";

type Problem = { status: number; code: string; detail: string; errors?: { path: string }[] };

/** The segment is "tagged vip"; who of it may be emailed depends on emails and consent. */
const SPECS: CustomerSpec[] = [
  { name: "Lan", emails: ["lan@example.vn"], language: "en", tags: ["vip"], consent: { email: true } },
  { name: "Withdrew", emails: ["withdrew@example.vn"], tags: ["vip"], consent: { email: false } },
  { name: "Never asked", emails: ["never-asked@example.vn"], tags: ["vip"] },
  { name: "Only SMS", emails: ["sms-only@example.vn"], tags: ["vip"], consent: { sms: true } },
  { name: "No email", tags: ["vip"], consent: { email: true } },
  { name: "Not vip", emails: ["not-vip@example.vn"], consent: { email: true } },
  {
    name: "Two addresses",
    emails: ["first@example.vn", "second@example.vn"],
    tags: ["vip"],
    consent: { email: true },
  },
  { emails: ["nameless@example.vn"], tags: ["vip"], consent: { email: true } } as CustomerSpec,
  { name: "Merged", emails: ["merged@example.vn"], tags: ["vip"], consent: { email: true }, merged: true },
];

describe.each(testEngines)("sending invitations to a segment on %s", (engine) => {
  let test: InvitationsTest;
  let fixtures: Fixture[];
  let vip: Segment;
  beforeAll(async () => {
    test = await startInvitationsTest(engine);
    fixtures = await buildCustomers(test.t, test.ws, SPECS);
    vip = await createSegment(test.ws, "VIP", "vip");
  });
  afterAll(() => test.dispose());

  async function createSegment(ws: SeededWorkspace, name: string, tag: string) {
    const response = await test.t.app.inject({
      method: "POST",
      url: "/api/v1/segments",
      headers: bearer(ws.keys.analyst),
      payload: { name, definition: { rules: [{ kind: "tag", tag }] } },
    });
    expect(response.statusCode, response.body).toBe(201);
    return json<Segment>(response);
  }

  it("invites exactly the segment's customers with an email and granted email consent, as their profile says", async () => {
    const survey = await publishSurvey(test);
    const expected = fixtures
      .filter((c) => c.tags?.includes("vip") && c.emails?.length && c.consent?.email === true && !c.merged)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(expected.map((c) => c.emails?.[0]).sort()).toEqual([
      "first@example.vn",
      "lan@example.vn",
      "nameless@example.vn",
    ]);
    const result = await invite(test, survey.id, {
      segmentId: vip.id,
      subject: { vi: "{{customer.name | Bạn}} ơi", en: "{{customer.name | Hi}}, a question" },
    });
    expect(result).toMatchObject({ queued: 3, suppressed: 0, duplicates: 0, invalid: 0, errors: [] });
    expect(result.batch.counts.recipients).toBe(3);
    const invitations = await invitationsOf(test, result.batch.id);
    expect(invitations.map((i) => [i.email, i.name, i.language])).toEqual(
      expected.map((c) => [c.emails?.[0], c.name ?? null, c.language === "en" ? "en" : "vi"]),
    );
    expect(await deliverQueued(test.t)).toBe(3);
    expect(test.mailbox.to("lan@example.vn")[0]?.subject).toBe("Lan, a question");

    const audit = await test.t.app.inject({
      method: "GET",
      url: "/api/v1/audit-log",
      headers: bearer(test.ws.keys.owner),
    });
    const entry = json<{ items: AuditEntry[] }>(audit).items.find((e) => e.targetId === result.batch.id);
    expect(entry).toMatchObject({ action: "invitations.send", after: { segmentId: vip.id, recipients: 3 } });
  });

  it("says why when no customer of the segment may be emailed", async () => {
    const survey = await publishSurvey(test);
    await buildCustomers(test.t, test.ws, [
      { name: "Quiet", emails: ["quiet@example.vn"], tags: ["quiet"] },
      { name: "Phone only", tags: ["quiet"], consent: { email: true } },
    ]);
    const quiet = await createSegment(test.ws, "Quiet", "quiet");
    const response = await postInvitations(test, survey.id, { segmentId: quiet.id });
    expect(response.statusCode).toBe(422);
    const problem = json<Problem>(response);
    expect(problem.code).toBe("no_valid_recipients");
    expect(problem.detail).toBe(
      "None of this segment's 2 customers can be emailed: 1 have no email, 1 have not granted email consent.",
    );
  });

  it("refuses a segment of another workspace, an unknown one, and recipients with a segment", async () => {
    const survey = await publishSurvey(test);
    const other = await seedWorkspace(test.t);
    const theirs = await createSegment(other, "Theirs", "vip");
    expect((await postInvitations(test, survey.id, { segmentId: theirs.id })).statusCode).toBe(404);
    expect((await postInvitations(test, survey.id, { segmentId: newId() })).statusCode).toBe(404);
    const both = await postInvitations(test, survey.id, {
      segmentId: vip.id,
      recipients: [{ email: "x@example.vn" }],
    });
    expect(both.statusCode).toBe(400);
    const viewer = await postInvitations(test, survey.id, { segmentId: vip.id }, test.ws.keys.viewer);
    expect(viewer.statusCode).toBe(403);
  });

  it(`reads a segment page by page, and refuses one with more than ${MAX_RECIPIENTS} who may be emailed`, async () => {
    const big = await seedWorkspace(test.t);
    const { workspaceId } = big;
    const now = test.t.clock.now();
    const db = test.t.testDb.database.db;
    // Written straight to the tables, in slices: 10,001 customers through the API would take minutes.
    for (let start = 0; start <= MAX_RECIPIENTS; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, MAX_RECIPIENTS + 1 - start) }, (_, i) => ({
        workspaceId,
        id: newId(),
        // The first 1,001 are also "paged": one more than a page of the audience query.
        tags: start + i <= 1000 ? ["bulk", "paged"] : ["bulk"],
        consent: { email: { granted: true, source: "test", at: now.toISOString() } },
        createdAt: now,
        updatedAt: now,
        email: `bulk-${start + i}@example.vn`,
      }));
      await db.insert(customers).values(rows.map(({ email: _, ...row }) => row));
      await db.insert(customerIdentities).values(
        rows.map((row) => ({
          workspaceId,
          id: newId(),
          customerId: row.id,
          kind: "email",
          value: row.email,
          createdAt: now,
        })),
      );
    }
    const bigSurvey = await publishSurvey({ t: test.t, ws: big });
    const paged = await createSegment(big, "Paged", "paged");
    const sent = await postInvitations({ t: test.t, ws: big }, bigSurvey.id, { segmentId: paged.id });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(json<SendInvitationsResult>(sent)).toMatchObject({ queued: 1001, duplicates: 0, invalid: 0 });
    const bulk = await createSegment(big, "Bulk", "bulk");
    const tooMany = await postInvitations({ t: test.t, ws: big }, bigSurvey.id, { segmentId: bulk.id });
    expect(tooMany.statusCode).toBe(422);
    expect(json<Problem>(tooMany)).toMatchObject({ code: "too_many_recipients" });
    expect(json<Problem>(tooMany).detail).toContain(`${MAX_RECIPIENTS + 1} customers`);
  });
});
