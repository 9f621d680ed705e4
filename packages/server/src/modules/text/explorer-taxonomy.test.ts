import type {
  Comment,
  CommentPage,
  ReenrichmentState,
  TextAnalysisPage,
  Topic,
  WorkspaceTaxonomy,
} from "@touchpoint/core";
import { eq } from "drizzle-orm";
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
  addInteraction,
  createCustomer,
  daysBefore,
  experienceSurvey,
  respond,
} from "../customers/timeline-test-fixtures.ts";
import { auditLog } from "../platform/schema.ts";
import { TEXT_ENRICH_JOB } from "./enrich-job.ts";
import { reenrichNextBatch, TEXT_REENRICH_JOB } from "./reenrichment.ts";
import { textAnalyses } from "./schema.ts";

const PARKING: Topic = {
  id: "parking",
  label: { vi: "Bãi đỗ xe", en: "Parking" },
  keywords: { vi: ["bãi đỗ xe", "chỗ đậu xe"], en: ["parking"] },
};

const RESPONSES = [
  "Bãi đỗ xe quá chật, rất bất tiện",
  "Nhân viên thân thiện, tư vấn rõ ràng",
  "Ứng dụng hay bị lỗi khi đăng nhập",
];
const NOTES = ["Khách phàn nàn không có chỗ đậu xe", "Khách hỏi về lãi suất tiết kiệm"];
/** A note written straight to the table, as before the enrichment existed: never analysed. */
const UNANALYSED_NOTE = "Khách muốn bãi đỗ xe rộng hơn cho xe máy";

describe.each(testEngines)("comment explorer: taxonomy and re-enrichment on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let unanalysedId = "";
  let labelledId = "";
  let firstRunId = "";

  const call = (method: "GET" | "PUT" | "POST" | "DELETE", url: string, key: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(key), ...(payload ? { payload } : {}) });
  const comments = async (query: string) =>
    json<CommentPage>(await call("GET", `/text/comments${query}`, ws.keys.viewer));
  const run = async () =>
    json<ReenrichmentState>(await call("GET", "/text/reenrichment", ws.keys.viewer)).run;
  const auditActions = async () =>
    (
      await t.testDb.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.workspaceId, ws.workspaceId))
    ).map((row) => row.action);

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    other = await seedWorkspace(t);
    const surveyId = (await publishTestSurvey(t, ws, experienceSurvey())).id;
    const now = t.clock.now();
    for (const [index, text] of RESPONSES.entries()) {
      await respond(t, ws, surveyId, { answers: { nps: 5, why: text }, at: daysBefore(now, index + 1) });
    }
    // A response without open text is no source to analyse.
    await respond(t, ws, surveyId, { answers: { nps: 9 }, at: daysBefore(now, 1) });
    for (const [index, text] of NOTES.entries()) {
      const sent = await call("POST", "/interactions", ws.keys.agent, {
        customer: { email: `note${index}@example.vn` },
        channel: "branch",
        type: "visit",
        occurredAt: daysBefore(now, index + 1).toISOString(),
        note: text,
      });
      expect(sent.statusCode, sent.body).toBe(201);
    }
    await t.jobs.runDue(TEXT_ENRICH_JOB);
    const customerId = await createCustomer(t, ws, { name: "Hoa", emails: ["hoa@example.vn"] });
    unanalysedId = await addInteraction(t, ws, customerId, daysBefore(now, 2), { note: UNANALYSED_NOTE });
    // Rows analysed before the folded search text was kept have none.
    await t.testDb.database.db
      .update(textAnalyses)
      .set({ searchText: null })
      .where(eq(textAnalyses.workspaceId, ws.workspaceId));
    const [labelled] = (await comments("?kind=interaction_note")).items;
    labelledId = labelled?.id ?? "";
    const set = await call("PUT", `/text/comments/${labelledId}/labels`, ws.keys.analyst, {
      topic: "price_fees",
      sentiment: "negative",
    });
    expect(set.statusCode, set.body).toBe(200);
  });
  afterAll(() => t.dispose());

  it("lists the default taxonomy at version 0 before any change", async () => {
    const taxonomy = json<WorkspaceTaxonomy>(await call("GET", "/text/taxonomy", ws.keys.viewer));
    expect(taxonomy.version).toBe(0);
    expect(taxonomy.custom).toEqual([]);
    expect(taxonomy.topics.map((topic) => topic.id)).toContain("price_fees");
    expect(taxonomy.topics.map((topic) => topic.id)).not.toContain("parking");
    expect(await run()).toBeNull();
  });

  it("lets only owners and admins change the taxonomy, and checks the topic's id", async () => {
    expect((await call("PUT", "/text/taxonomy/topics/parking", ws.keys.analyst, PARKING)).statusCode).toBe(
      403,
    );
    const mismatch = await call("PUT", "/text/taxonomy/topics/valet", ws.keys.admin, PARKING);
    expect(mismatch.statusCode).toBe(422);
    expect(json(mismatch).errors).toEqual([expect.objectContaining({ path: "body.id" })]);
    const badId = await call("PUT", "/text/taxonomy/topics/Bad%20Id", ws.keys.admin, PARKING);
    expect(badId.statusCode).toBe(400);
    expect((await call("DELETE", "/text/taxonomy/topics/parking", ws.keys.admin)).statusCode).toBe(404);
  });

  it("adds a workspace topic, raises the version, audits it and starts a run over every source", async () => {
    const saved = await call("PUT", "/text/taxonomy/topics/parking", ws.keys.admin, PARKING);
    expect(saved.statusCode, saved.body).toBe(200);
    const taxonomy = json<WorkspaceTaxonomy>(saved);
    expect(taxonomy).toMatchObject({ version: 1, custom: [PARKING] });
    expect(taxonomy.topics.map((topic) => topic.id)).toContain("parking");
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["text.topic.saved", "text.reenrichment.started"]),
    );
    const started = await run();
    // 3 responses with open text + 2 notes analysed + 1 note never analysed.
    expect(started).toMatchObject({
      status: "running",
      total: 6,
      done: 0,
      reason: "taxonomy",
      finishedAt: null,
    });
    firstRunId = started?.id ?? "";
    expect((await call("POST", "/text/reenrichment", ws.keys.admin)).statusCode).toBe(409);
  });

  it("continues an interrupted run where it stopped", async () => {
    // A worker that did one batch of two and then died.
    const deps = { database: t.testDb.database, clock: t.clock };
    expect(await reenrichNextBatch(deps, { workspaceId: ws.workspaceId, runId: firstRunId }, 2)).toBe(true);
    expect(await run()).toMatchObject({ id: firstRunId, status: "running", done: 2, total: 6 });
    expect(await t.jobs.runDue(TEXT_REENRICH_JOB)).toBe(1);
    const finished = await run();
    expect(finished).toMatchObject({ id: firstRunId, status: "done", done: 6, total: 6 });
    expect(finished?.finishedAt).not.toBeNull();
    // The run is over: a late duplicate job finds nothing to do.
    expect(await reenrichNextBatch(deps, { workspaceId: ws.workspaceId, runId: firstRunId })).toBe(false);
  });

  it("re-analyses with the new topic, back-fills the unanalysed note and its search text, and keeps labels", async () => {
    const parking = await comments("?topic=parking");
    expect(parking.items.map((item) => item.text).sort()).toEqual(
      [RESPONSES[0], NOTES[0], UNANALYSED_NOTE].sort(),
    );
    const backFilled = parking.items.find((item) => item.sourceId === unanalysedId);
    const aspect = backFilled?.aspects.find((item) => item.topic === "parking");
    expect(aspect?.keywords).toEqual(["bãi đỗ xe"]);
    expect(UNANALYSED_NOTE.slice(aspect?.span.start, aspect?.span.end)).toContain("bãi đỗ xe");
    const analyses = json<TextAnalysisPage>(await call("GET", "/text/analyses?limit=200", ws.keys.viewer));
    expect(analyses.items).toHaveLength(6);
    expect(new Set(analyses.items.map((item) => item.modelVersion))).toEqual(
      new Set(["analyze-text/2+tax:1"]),
    );
    expect((await comments("?q=cho%20dau%20xe")).items.map((item) => item.text)).toEqual([NOTES[0]]);
    const labelled = (await comments("?labelled=true")).items;
    expect(labelled.map((item: Comment) => [item.id, item.labels])).toEqual([
      [labelledId, { topic: "price_fees", sentiment: "negative" }],
    ]);
  });

  it("removes the topic on delete, audited, and a manual run starts only when none is running", async () => {
    const deleted = await call("DELETE", "/text/taxonomy/topics/parking", ws.keys.owner);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(json<WorkspaceTaxonomy>(deleted)).toMatchObject({ version: 2, custom: [] });
    expect(await auditActions()).toContain("text.topic.deleted");
    await t.jobs.runDue(TEXT_REENRICH_JOB);
    expect(await run()).toMatchObject({ status: "done", reason: "taxonomy", done: 6 });
    expect((await comments("?topic=parking")).items).toEqual([]);

    expect((await call("POST", "/text/reenrichment", ws.keys.analyst)).statusCode).toBe(403);
    const manual = await call("POST", "/text/reenrichment", ws.keys.admin);
    expect(manual.statusCode, manual.body).toBe(202);
    expect(json<ReenrichmentState>(manual).run).toMatchObject({
      status: "running",
      reason: "manual",
      total: 6,
    });
    await t.jobs.runDue(TEXT_REENRICH_JOB);
    expect(await run()).toMatchObject({ status: "done", done: 6 });
  });

  it("keeps another workspace's taxonomy and runs apart", async () => {
    const taxonomy = json<WorkspaceTaxonomy>(await call("GET", "/text/taxonomy", other.keys.viewer));
    expect(taxonomy).toMatchObject({ version: 0, custom: [] });
    expect(
      json<ReenrichmentState>(await call("GET", "/text/reenrichment", other.keys.viewer)).run,
    ).toBeNull();
  });
});
