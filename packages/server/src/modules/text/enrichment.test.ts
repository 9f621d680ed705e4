import type { SegmentPreview, StoredTextAnalysis, TextAnalysisPage } from "@touchpoint/core";
import { and, eq } from "drizzle-orm";
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
import {
  createCustomer,
  daysBefore,
  experienceSurvey,
  respond,
} from "../customers/timeline-test-fixtures.ts";
import { RESPONSE_COMPLETED_JOB } from "../responses/jobs.ts";
import { TEXT_ENRICH_JOB } from "./enrich-job.ts";
import { textAnalyses } from "./schema.ts";

const NEGATIVE = "Nhân viên thái độ rất tệ, chờ quá lâu, tôi rất thất vọng";
const POSITIVE = "Dịch vụ tuyệt vời, nhân viên rất nhiệt tình";

/** Feedback each customer gives, `days` before now; the sentiment is what the models must find. */
const FEEDBACK = [
  { email: "an@example.vn", via: "response", text: NEGATIVE, days: 1, sentiment: "negative" },
  { email: "binh@example.vn", via: "note", text: NEGATIVE, days: 5, sentiment: "negative" },
  { email: "chi@example.vn", via: "note", text: POSITIVE, days: 2, sentiment: "positive" },
  // Outside a 90-day window.
  { email: "dung@example.vn", via: "note", text: NEGATIVE, days: 91, sentiment: "negative" },
  { email: "hoa@example.vn", via: "response", text: "", days: 1, sentiment: undefined },
] as const;

describe.each(testEngines)("text enrichment on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let surveyId: string;
  const customerIds = new Map<string, string>();
  let anResponseId = "";

  const rowsOf = (sourceId: string) =>
    t.testDb.database.db
      .select()
      .from(textAnalyses)
      .where(and(eq(textAnalyses.workspaceId, ws.workspaceId), eq(textAnalyses.sourceId, sourceId)));
  const list = async (query: string) => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/text/analyses${query}`,
      headers: bearer(ws.keys.viewer),
    });
    expect(response.statusCode, response.body).toBe(200);
    return json<TextAnalysisPage>(response);
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    surveyId = (await publishTestSurvey(t, ws, experienceSurvey())).id;
    for (const { email } of FEEDBACK) {
      customerIds.set(email, await createCustomer(t, ws, { name: email, emails: [email] }));
    }
    for (const item of FEEDBACK) {
      const at = daysBefore(t.clock.now(), item.days);
      if (item.via === "response") {
        const answers = item.text ? { nps: 2, why: item.text } : { nps: 9 };
        const id = await respond(t, ws, surveyId, { answers, customer: { email: item.email }, at });
        if (item.email === "an@example.vn") anResponseId = id;
      } else {
        const sent = await t.app.inject({
          method: "POST",
          url: "/api/v1/interactions",
          headers: bearer(ws.keys.agent),
          payload: {
            customer: { email: item.email },
            channel: "branch",
            type: "visit",
            occurredAt: at.toISOString(),
            note: item.text,
          },
        });
        expect(sent.statusCode, sent.body).toBe(201);
      }
    }
    await t.jobs.runDue(TEXT_ENRICH_JOB);
  });
  afterAll(() => t.dispose());

  it("stores the negative sentiment of a Vietnamese open-text answer with its customer", async () => {
    const rows = await rowsOf(anResponseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      sourceKind: "response_answer",
      field: "why",
      customerId: customerIds.get("an@example.vn"),
      language: "vi",
      sentiment: "negative",
    });
    expect(rows[0]?.occurredAt.toISOString()).toBe(daysBefore(t.clock.now(), 1).toISOString());
  });

  it("changes nothing when the jobs run again", async () => {
    const [before] = await rowsOf(anResponseId);
    t.clock.advance(60_000);
    await t.testDb.database.transaction((tx) =>
      t.jobs.enqueue(tx, RESPONSE_COMPLETED_JOB, { workspaceId: ws.workspaceId, responseId: anResponseId }),
    );
    expect(await t.jobs.runDue(RESPONSE_COMPLETED_JOB)).toBe(1);
    expect(await t.jobs.runDue(TEXT_ENRICH_JOB)).toBe(1);
    expect(await rowsOf(anResponseId)).toEqual([before]);
  });

  it("analyses interaction notes, and stores nothing for a response without open text", async () => {
    const { items } = await list("?kind=interaction_note&limit=200");
    const byCustomer = new Map(items.map((item) => [item.customerId, item]));
    for (const item of FEEDBACK.filter((feedback) => feedback.via === "note")) {
      expect(byCustomer.get(customerIds.get(item.email) ?? "")).toMatchObject({
        field: "note",
        sentiment: item.sentiment,
      });
    }
    const all = await list("?limit=200");
    expect(all.items.some((item) => item.customerId === customerIds.get("hoa@example.vn"))).toBe(false);
  });

  it("lists analyses by sentiment, newest first, page by page", async () => {
    const expected = FEEDBACK.filter((item) => item.sentiment === "negative")
      .toSorted((a, b) => a.days - b.days)
      .map((item) => customerIds.get(item.email));
    const seen: StoredTextAnalysis[] = [];
    let cursor: string | null = null;
    do {
      const page: TextAnalysisPage = await list(
        `?sentiment=negative&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((item) => item.customerId)).toEqual(expected);
    expect(seen.every((item) => item.sentiment === "negative")).toBe(true);
  });

  it("rejects a cursor that is not one of its pages", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/v1/text/analyses?cursor=nonsense",
      headers: bearer(ws.keys.viewer),
    });
    expect(response.statusCode).toBe(400);
  });

  it("segments exactly the customers with negative feedback in the window", async () => {
    const preview = async (rule: object) => {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/segments/preview",
        headers: bearer(ws.keys.viewer),
        payload: { definition: { rules: [rule] } },
      });
      expect(response.statusCode, response.body).toBe(200);
      return json<SegmentPreview>(response).customers.map((customer) => customer.id);
    };
    const within = (days: number, sentiment: string) =>
      FEEDBACK.filter((item) => item.sentiment === sentiment && item.days <= days)
        .map((item) => customerIds.get(item.email))
        .toSorted();
    expect(await preview({ kind: "feedback", sentiment: "negative", withinDays: 90 })).toEqual(
      within(90, "negative"),
    );
    expect(within(90, "negative")).toHaveLength(2);
    expect(await preview({ kind: "feedback", sentiment: "negative", withinDays: 3 })).toEqual(
      within(3, "negative"),
    );
    expect(await preview({ kind: "feedback", sentiment: "positive", withinDays: 30 })).toEqual(
      within(30, "positive"),
    );
    expect(await preview({ kind: "feedback", sentiment: "negative", withinDays: 365, minCount: 2 })).toEqual(
      [],
    );
  });

  it("moves a merged customer's analysed feedback to the survivor, and back on undo", async () => {
    const [survivor, merged] = [customerIds.get("dung@example.vn"), customerIds.get("chi@example.vn")];
    const ownersOfTheirFeedback = async () =>
      (await t.testDb.database.db.select().from(textAnalyses))
        .filter((row) => row.customerId === survivor || row.customerId === merged)
        .map((row) => row.customerId);
    const merge = await t.app.inject({
      method: "POST",
      url: `/api/v1/customers/${survivor}/merge`,
      headers: bearer(ws.keys.analyst),
      payload: { customerId: merged },
    });
    expect(merge.statusCode, merge.body).toBe(200);
    expect(await ownersOfTheirFeedback()).toEqual([survivor, survivor]);
    const { id } = json<{ merge: { id: string } }>(merge).merge;
    const undo = await t.app.inject({
      method: "POST",
      url: `/api/v1/customer-merges/${id}/undo`,
      headers: bearer(ws.keys.analyst),
    });
    expect(undo.statusCode, undo.body).toBe(200);
    expect((await ownersOfTheirFeedback()).sort()).toEqual([survivor, merged].sort());
  });

  it("keeps an erased customer's sentiment for the aggregates but not the words", async () => {
    const erased = await t.app.inject({
      method: "POST",
      url: `/api/v1/customers/${customerIds.get("an@example.vn")}/erase`,
      headers: bearer(ws.keys.owner),
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const [row] = await rowsOf(anResponseId);
    expect(row).toMatchObject({ sentiment: "negative", keywords: [] });
  });
});
