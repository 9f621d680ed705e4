import type { Comment, CommentPage, LabelsSummary, WorkspaceTaxonomy } from "@touchpoint/core";
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
import { TEXT_ENRICH_JOB } from "./enrich-job.ts";
import { textAnalyses } from "./schema.ts";

const ACCENTED = "Tôi không hài lòng, nhân viên thái độ rất tệ, tôi rất thất vọng";
const UNACCENTED = "khong hai long vi phai cho qua lau";
const PRAISE = "Dịch vụ tuyệt vời, nhân viên rất nhiệt tình";
const PERCENT = "Phí tăng 100% quá vô lý";
const THOUSAND = "Phí tăng 1000 đồng mỗi tháng";

/** The calendar day of an instant in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), worked out by hand. */
const hoChiMinhDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

describe.each(testEngines)("comment explorer: comments and labels on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let surveyId: string;
  const ids = { accented: "", unaccented: "", praise: "", percent: "", thousand: "" };
  let anId = "";
  let otherCommentId = "";

  const get = (url: string, key = ws.keys.viewer) =>
    t.app.inject({ method: "GET", url: `/api/v1${url}`, headers: bearer(key) });
  const comments = async (query: string, key = ws.keys.viewer) => {
    const response = await get(`/text/comments${query}`, key);
    expect(response.statusCode, response.body).toBe(200);
    return json<CommentPage>(response);
  };
  const sourceIds = (page: CommentPage) => page.items.map((item) => item.sourceId).sort();
  const putLabels = (id: string, payload: object, key = ws.keys.analyst) =>
    t.app.inject({ method: "PUT", url: `/api/v1/text/comments/${id}/labels`, headers: bearer(key), payload });
  const note = async (
    workspace: SeededWorkspace,
    email: string,
    text: string,
    at: Date,
    channel = "branch",
  ) => {
    const sent = await t.app.inject({
      method: "POST",
      url: "/api/v1/interactions",
      headers: bearer(workspace.keys.agent),
      payload: {
        customer: { email },
        channel,
        type: "visit",
        occurredAt: at.toISOString(),
        note: text,
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    return json<{ id: string }>(sent).id;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    other = await seedWorkspace(t);
    surveyId = (await publishTestSurvey(t, ws, experienceSurvey())).id;
    const now = t.clock.now();
    anId = await createCustomer(t, ws, { name: "Nguyễn Văn An", emails: ["an@example.vn"] });
    ids.accented = await respond(t, ws, surveyId, {
      answers: { nps: 2, why: ACCENTED },
      customer: { email: "an@example.vn" },
      at: daysBefore(now, 1),
    });
    ids.unaccented = await respond(t, ws, surveyId, {
      answers: { nps: 3, why: UNACCENTED },
      channel: "web",
      at: daysBefore(now, 3),
    });
    ids.praise = await note(ws, "chi@example.vn", PRAISE, daysBefore(now, 2));
    ids.percent = await note(ws, "dung@example.vn", PERCENT, daysBefore(now, 4));
    ids.thousand = await note(ws, "em@example.vn", THOUSAND, daysBefore(now, 5), "phone");
    const otherSurvey = (await publishTestSurvey(t, other, experienceSurvey())).id;
    await respond(t, other, otherSurvey, { answers: { nps: 1, why: ACCENTED }, at: daysBefore(now, 1) });
    await t.jobs.runDue(TEXT_ENRICH_JOB);
    otherCommentId = (await comments("?limit=1", other.keys.viewer)).items[0]?.id ?? "";
  });
  afterAll(() => t.dispose());

  it("finds 'không hài lòng' with q=khong hai long, and the unaccented comment with q=KHÔNG HÀI LÒNG", async () => {
    expect(sourceIds(await comments("?q=khong%20hai%20long"))).toEqual([ids.accented, ids.unaccented].sort());
    const accentedQuery = `?q=${encodeURIComponent("KHÔNG HÀI LÒNG")}`;
    expect(sourceIds(await comments(accentedQuery))).toEqual([ids.accented, ids.unaccented].sort());
    // Decomposed input (NFD, as some keyboards send it) folds the same way.
    const decomposed = `?q=${encodeURIComponent("hài lòng".normalize("NFD"))}`;
    expect(sourceIds(await comments(decomposed))).toEqual([ids.accented, ids.unaccented].sort());
  });

  it("treats % and _ in the search as themselves", async () => {
    expect(sourceIds(await comments(`?q=${encodeURIComponent("100%")}`))).toEqual([ids.percent]);
    expect((await comments("?q=_")).items).toEqual([]);
  });

  it("returns the comment's text, survey, question title, customer and aspect spans", async () => {
    const { items } = await comments("?q=thai%20do");
    expect(items).toHaveLength(1);
    const comment = items[0] as Comment;
    expect(comment).toMatchObject({
      kind: "response_answer",
      sourceId: ids.accented,
      field: "why",
      text: ACCENTED,
      surveyId,
      surveyName: "Trải nghiệm giao dịch",
      questionTitle: { vi: "Vì sao?" },
      customerId: anId,
      customerName: "Nguyễn Văn An",
      sentiment: "negative",
      labels: {},
    });
    expect(comment.aspects.length).toBeGreaterThan(0);
    for (const aspect of comment.aspects) {
      expect(aspect.span.start).toBeGreaterThanOrEqual(0);
      expect(aspect.span.end).toBeLessThanOrEqual(ACCENTED.length);
      expect(ACCENTED.slice(aspect.span.start, aspect.span.end).trim()).not.toBe("");
    }
    const [praise] = (await comments("?kind=interaction_note&sentiment=positive")).items;
    expect(praise).toMatchObject({ sourceId: ids.praise, text: PRAISE, surveyId: null, questionTitle: null });
  });

  it("filters by kind, survey, question, sentiment and local day", async () => {
    expect(sourceIds(await comments("?kind=interaction_note"))).toEqual(
      [ids.praise, ids.percent, ids.thousand].sort(),
    );
    expect(sourceIds(await comments(`?surveyId=${surveyId}`))).toEqual([ids.accented, ids.unaccented].sort());
    expect(sourceIds(await comments("?questionId=why"))).toEqual([ids.accented, ids.unaccented].sort());
    expect(sourceIds(await comments("?questionId=note"))).toEqual([]);
    const negative = await comments("?sentiment=negative");
    expect(negative.items.every((item) => item.sentiment === "negative")).toBe(true);
    expect(sourceIds(negative)).toContain(ids.accented);
    const day = hoChiMinhDay(daysBefore(t.clock.now(), 2));
    expect(sourceIds(await comments(`?from=${day}&to=${day}`))).toEqual([ids.praise]);
  });

  it("filters by the response's or the interaction's channel, repeated or as a comma list", async () => {
    // Responses: accented on app (the default), unaccented on web; notes: praise and percent at the branch,
    // thousand by phone.
    expect(sourceIds(await comments("?channel=app"))).toEqual([ids.accented]);
    expect(sourceIds(await comments("?channel=web,branch"))).toEqual(
      [ids.unaccented, ids.praise, ids.percent].sort(),
    );
    expect(sourceIds(await comments("?channel=phone&channel=web"))).toEqual(
      [ids.unaccented, ids.thousand].sort(),
    );
    expect(sourceIds(await comments("?channel=app,app&kind=response_answer"))).toEqual([ids.accented]);
    expect(sourceIds(await comments("?channel=email"))).toEqual([]);
    const unknown = await get("/text/comments?channel=app,fax");
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(json(unknown).errors)).toContain("channel");
    expect((await comments("?channel=app", other.keys.viewer)).items.map((item) => item.id)).toEqual([
      otherCommentId,
    ]);
  });

  it("documents the channel filter in the OpenAPI document", async () => {
    type Doc = { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    const doc = json<Doc>(await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" }));
    const names = doc.paths["/api/v1/text/comments"]?.get?.parameters?.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["channel", "kind", "surveyId"]));
  });

  it("pages newest first with a cursor", async () => {
    const first = await comments("?limit=2");
    expect(first.items.map((item) => item.sourceId)).toEqual([ids.accented, ids.praise]);
    const second = await comments(`?limit=2&cursor=${first.nextCursor}`);
    const third = await comments(`?limit=2&cursor=${second.nextCursor}`);
    expect([...second.items, ...third.items].map((item) => item.sourceId)).toEqual([
      ids.unaccented,
      ids.percent,
      ids.thousand,
    ]);
    expect(third.nextCursor).toBeNull();
  });

  it("refuses a period that ends before it starts (422) and a bad sentiment (400), with the field", async () => {
    const period = await get("/text/comments?from=2026-11-20&to=2026-11-19");
    expect(period.statusCode).toBe(422);
    expect(json(period).errors).toEqual([expect.objectContaining({ path: "querystring.to" })]);
    const sentiment = await get("/text/comments?sentiment=angry");
    expect(sentiment.statusCode).toBe(400);
    expect(JSON.stringify(json(sentiment).errors)).toContain("sentiment");
  });

  it("sets, replaces and removes labels, and counts them", async () => {
    const [comment] = (await comments("?q=thai%20do")).items;
    const id = comment?.id ?? "";
    const taxonomy = json<WorkspaceTaxonomy>(await get("/text/taxonomy"));
    const topic = taxonomy.topics[0]?.id ?? "";

    expect((await putLabels(id, { sentiment: "negative" }, ws.keys.viewer)).statusCode).toBe(403);
    const set = await putLabels(id, { topic, sentiment: "negative" });
    expect(set.statusCode, set.body).toBe(200);
    expect(json<Comment>(set).labels).toEqual({ topic, sentiment: "negative" });
    const replaced = await putLabels(id, { sentiment: "neutral" });
    expect(json<Comment>(replaced).labels).toEqual({ topic, sentiment: "neutral" });
    const removed = await putLabels(id, { topic: null });
    expect(json<Comment>(removed).labels).toEqual({ sentiment: "neutral" });

    expect(sourceIds(await comments("?labelled=true"))).toEqual([ids.accented]);
    expect(sourceIds(await comments("?labelled=false"))).not.toContain(ids.accented);
    expect(json<LabelsSummary>(await get("/text/labels/summary"))).toEqual({
      topic: {},
      sentiment: { neutral: 1 },
    });

    const unknown = await putLabels(id, { topic: "no_such_topic" });
    expect(unknown.statusCode).toBe(422);
    expect(json(unknown).errors).toEqual([expect.objectContaining({ path: "body.topic" })]);
  });

  it("keeps workspaces apart: another workspace's comment is not found and not listed", async () => {
    expect(otherCommentId).not.toBe("");
    expect((await putLabels(otherCommentId, { sentiment: "negative" })).statusCode).toBe(404);
    expect((await comments("?q=khong%20hai%20long")).items.map((item) => item.id)).not.toContain(
      otherCommentId,
    );
    expect((await comments("?q=khong%20hai%20long", other.keys.viewer)).items.map((item) => item.id)).toEqual(
      [otherCommentId],
    );
  });

  it("drops an erased customer's comments and their folded text, and stops counting their labels", async () => {
    const erased = await t.app.inject({
      method: "POST",
      url: `/api/v1/customers/${anId}/erase`,
      headers: bearer(ws.keys.admin),
    });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(sourceIds(await comments("?q=khong%20hai%20long"))).toEqual([ids.unaccented]);
    const rows = await t.testDb.database.db
      .select({ searchText: textAnalyses.searchText, sentiment: textAnalyses.sentiment })
      .from(textAnalyses)
      .where(and(eq(textAnalyses.workspaceId, ws.workspaceId), eq(textAnalyses.sourceId, ids.accented)));
    expect(rows).toEqual([{ searchText: null, sentiment: "negative" }]);
    expect(json<LabelsSummary>(await get("/text/labels/summary"))).toEqual({ topic: {}, sentiment: {} });
  });
});
