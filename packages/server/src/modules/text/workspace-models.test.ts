import {
  type CommentPage,
  parseTextModel,
  predictTextModel,
  type ReenrichmentState,
  type TextAnalysisPage,
  type WorkspaceModel,
  type WorkspaceModelList,
} from "@touchpoint/core";
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
import { daysBefore, experienceSurvey, respond } from "../customers/timeline-test-fixtures.ts";
import { auditLog } from "../platform/schema.ts";
import { TEXT_ENRICH_JOB } from "./enrich-job.ts";
import { TEXT_REENRICH_JOB } from "./reenrichment.ts";
import { textModels } from "./schema.ts";

const OPENINGS = ["Hôm nay", "Lần trước", "Sáng nay", "Tuần này"];
const PHRASES: Record<string, string[]> = {
  waiting_time: [
    "phải chờ đợi rất lâu",
    "xếp hàng mất cả tiếng",
    "thời gian chờ quá dài",
    "đợi mãi không tới lượt",
  ],
  app_website: [
    "ứng dụng bị lỗi liên tục",
    "app đăng nhập không được",
    "website tải rất chậm",
    "ứng dụng hay bị văng ra",
  ],
  card_atm: [
    "thẻ bị nuốt ở cây ATM",
    "máy ATM hết tiền",
    "rút tiền ở ATM bị lỗi thẻ",
    "thẻ ATM bị khóa vô cớ",
  ],
};
/** Comment k of a class: every opening × phrase pair, so the texts are distinct. */
const comment = (topic: string, k: number) =>
  `${OPENINGS[Math.floor(k / 4) % 4]} ${PHRASES[topic]?.[k % 4]}, mong ngân hàng cải thiện`;
const PER_CLASS = 8;

/** Accuracy and macro-F1 from gold and predicted labels, counted here rather than by the code under test. */
function scores(gold: string[], predicted: string[], labels: string[]) {
  const f1s = labels.map((label) => {
    const tp = gold.filter((g, i) => g === label && predicted[i] === label).length;
    const fp = predicted.filter((p, i) => p === label && gold[i] !== label).length;
    const fn = gold.filter((g, i) => g === label && predicted[i] !== label).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return {
    accuracy: gold.filter((g, i) => g === predicted[i]).length / gold.length,
    macroF1: f1s.reduce((sum, f1) => sum + f1, 0) / labels.length,
  };
}

describe.each(testEngines)("workspace text models on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  /** Comment id by class, in the order the responses were given (their source ids' order). */
  const ids: Record<string, string[]> = {};
  let first: WorkspaceModel;
  let second: WorkspaceModel;
  let surveyId = "";

  const call = (method: "GET" | "PUT" | "POST", url: string, key: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(key), ...(payload ? { payload } : {}) });
  const label = async (id: string, labels: object) => {
    const set = await call("PUT", `/text/comments/${id}/labels`, ws.keys.analyst, labels);
    expect(set.statusCode, set.body).toBe(200);
  };
  const models = async (key = ws.keys.viewer) =>
    json<WorkspaceModelList>(await call("GET", "/text/models", key)).items;
  const run = async () =>
    json<ReenrichmentState>(await call("GET", "/text/reenrichment", ws.keys.viewer)).run;
  const analyses = async (workspace = ws) =>
    json<TextAnalysisPage>(await call("GET", "/text/analyses?limit=200", workspace.keys.viewer)).items;
  const topTopicByText = async () => {
    const page = json<CommentPage>(await call("GET", "/text/comments?limit=100", ws.keys.viewer));
    return new Map(page.items.map((item) => [item.text, item.topics[0]?.id]));
  };
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
    for (const workspace of [ws, other]) {
      const published = (await publishTestSurvey(t, workspace, experienceSurvey())).id;
      if (workspace === ws) surveyId = published;
      for (const topic of Object.keys(PHRASES)) {
        for (let k = 0; k < PER_CLASS; k++) {
          const why = comment(topic, k);
          await respond(t, workspace, published, {
            answers: { nps: 4, why },
            at: daysBefore(t.clock.now(), 1),
          });
        }
      }
    }
    await t.jobs.runDue(TEXT_ENRICH_JOB);
    const page = json<CommentPage>(await call("GET", "/text/comments?limit=100", ws.keys.viewer));
    const bySource = [...page.items].sort((a, b) => a.sourceId.localeCompare(b.sourceId));
    for (const topic of Object.keys(PHRASES)) {
      ids[topic] = Array.from({ length: PER_CLASS }, (_, k) => {
        const found = bySource.find((item) => item.text === comment(topic, k));
        return found?.id ?? "";
      });
    }
  });
  afterAll(() => t.dispose());

  it("refuses to train with a 422 naming why, and only for managers", async () => {
    const none = await call("POST", "/text/models", ws.keys.admin, { task: "topic" });
    expect(none.statusCode).toBe(422);
    expect(json(none)).toMatchObject({ code: "not_enough_labels", errors: [{ path: "body.task" }] });
    expect(json(none).detail).toContain("at least 2 classes");

    for (const id of ids.waiting_time ?? [])
      await label(id, { topic: "waiting_time", sentiment: "negative" });
    for (const id of ids.app_website ?? []) await label(id, { topic: "app_website" });
    for (const id of (ids.card_atm ?? []).slice(0, 5)) await label(id, { topic: "card_atm" });
    const rare = await call("POST", "/text/models", ws.keys.admin, { task: "topic" });
    expect(rare.statusCode).toBe(422);
    expect(json(rare).detail).toContain("card_atm has 5");
    const sentiment = await call("POST", "/text/models", ws.keys.owner, { task: "sentiment" });
    expect(sentiment.statusCode).toBe(422);
    expect(json(sentiment).detail).toContain("1");

    expect((await call("POST", "/text/models", ws.keys.admin, { task: "emotion" })).statusCode).toBe(400);
    expect((await call("POST", "/text/models", ws.keys.analyst, { task: "topic" })).statusCode).toBe(403);
    expect((await call("GET", "/text/models", ws.keys.viewer)).statusCode).toBe(200);
    expect(await models()).toEqual([]);
  });

  it("trains a topic model on the labels, measures it on a held-out fifth, activates it and re-enriches", async () => {
    for (const id of (ids.card_atm ?? []).slice(0, 5)) await label(id, { topic: null });
    const trained = await call("POST", "/text/models", ws.keys.admin, { task: "topic" });
    expect(trained.statusCode, trained.body).toBe(201);
    first = json<WorkspaceModel>(trained);
    // 8 labels a class: the 5th is held out, 7 are learnt from.
    expect(first).toMatchObject({
      task: "topic",
      active: true,
      labels: ["app_website", "waiting_time"],
      counts: { app_website: 7, waiting_time: 7 },
    });
    expect(first.metrics.heldOut).toBe(2);

    const [row] = await t.testDb.database.db
      .select({ model: textModels.model })
      .from(textModels)
      .where(and(eq(textModels.workspaceId, ws.workspaceId), eq(textModels.id, first.id)));
    const model = parseTextModel(row?.model);
    const heldOut = ["app_website", "waiting_time"].map((topic) => ({ topic, text: comment(topic, 4) }));
    const expected = scores(
      heldOut.map((item) => item.topic),
      heldOut.map((item) => predictTextModel(model, item.text).label),
      model.labels,
    );
    expect(first.metrics.accuracy).toBeCloseTo(expected.accuracy, 4);
    expect(first.metrics.macroF1).toBeCloseTo(expected.macroF1, 4);

    expect(await run()).toMatchObject({ status: "running", reason: "model", total: 24 });
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["text.model.trained", "text.model.activated", "text.reenrichment.started"]),
    );
    await t.jobs.runDue(TEXT_REENRICH_JOB);
    expect(await run()).toMatchObject({ status: "done", done: 24 });
    expect(new Set((await analyses()).map((item) => item.modelVersion))).toEqual(
      new Set([`analyze-text/2+tax:0+topic:${first.id}`]),
    );
    const topics = await topTopicByText();
    for (let k = 0; k < PER_CLASS; k++) {
      expect(topics.get(comment("waiting_time", k))).toBe("waiting_time");
      expect(topics.get(comment("app_website", k))).toBe("app_website");
      // The model knows two classes: a card comment is one of them.
      expect(["waiting_time", "app_website"]).toContain(topics.get(comment("card_atm", k)));
    }
  });

  it("trains a second model with a new class and rolls back to the first", async () => {
    for (const id of ids.card_atm ?? []) await label(id, { topic: "card_atm" });
    const trained = await call("POST", "/text/models", ws.keys.owner, { task: "topic" });
    expect(trained.statusCode, trained.body).toBe(201);
    second = json<WorkspaceModel>(trained);
    expect(second.counts).toEqual({ app_website: 7, card_atm: 7, waiting_time: 7 });
    expect((await models()).map((model) => [model.id, model.active])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    await t.jobs.runDue(TEXT_REENRICH_JOB);
    let topics = await topTopicByText();
    for (let k = 0; k < PER_CLASS; k++) expect(topics.get(comment("card_atm", k))).toBe("card_atm");
    // A comment given now is enriched with the active model too.
    const late = "Sáng nay thẻ ATM bị khóa vô cớ, mong ngân hàng cải thiện";
    await respond(t, ws, surveyId, { answers: { nps: 3, why: late } });
    await t.jobs.runDue(TEXT_ENRICH_JOB);
    expect((await topTopicByText()).get(late)).toBe("card_atm");
    expect(new Set((await analyses()).map((item) => item.modelVersion))).toEqual(
      new Set([`analyze-text/2+tax:0+topic:${second.id}`]),
    );

    expect((await call("POST", `/text/models/${first.id}/activate`, ws.keys.analyst)).statusCode).toBe(403);
    const rolledBack = await call("POST", `/text/models/${first.id}/activate`, ws.keys.admin);
    expect(rolledBack.statusCode, rolledBack.body).toBe(200);
    expect(json<WorkspaceModel>(rolledBack)).toMatchObject({ id: first.id, active: true });
    expect(await run()).toMatchObject({ status: "running", reason: "model" });
    await t.jobs.runDue(TEXT_REENRICH_JOB);
    topics = await topTopicByText();
    expect([...topics.values()]).not.toContain("card_atm");
    expect(new Set((await analyses()).map((item) => item.modelVersion))).toEqual(
      new Set([`analyze-text/2+tax:0+topic:${first.id}`]),
    );
  });

  it("goes back to the default model, audited, and a second request changes nothing", async () => {
    const back = await call("POST", "/text/models/deactivate?task=topic", ws.keys.admin);
    expect(back.statusCode, back.body).toBe(200);
    expect(json<WorkspaceModelList>(back).items.every((model) => !model.active)).toBe(true);
    expect(await auditActions()).toContain("text.model.deactivated");
    await t.jobs.runDue(TEXT_REENRICH_JOB);
    expect(new Set((await analyses()).map((item) => item.modelVersion))).toEqual(
      new Set(["analyze-text/2+tax:0"]),
    );
    const runId = (await run())?.id;
    expect((await call("POST", "/text/models/deactivate?task=topic", ws.keys.admin)).statusCode).toBe(200);
    expect((await run())?.id).toBe(runId);
    expect((await call("POST", "/text/models/deactivate?task=emotion", ws.keys.admin)).statusCode).toBe(400);
  });

  it("trains a sentiment model and names it in the model version", async () => {
    for (const id of ids.app_website ?? []) await label(id, { sentiment: "neutral" });
    for (const id of ids.card_atm ?? []) await label(id, { sentiment: "positive" });
    const trained = await call("POST", "/text/models", ws.keys.admin, { task: "sentiment" });
    expect(trained.statusCode, trained.body).toBe(201);
    const sentiment = json<WorkspaceModel>(trained);
    expect(sentiment).toMatchObject({
      task: "sentiment",
      labels: ["negative", "neutral", "positive"],
      counts: { negative: 7, neutral: 7, positive: 7 },
      metrics: { heldOut: 3 },
    });
    await t.jobs.runDue(TEXT_REENRICH_JOB);
    expect(new Set((await analyses()).map((item) => item.modelVersion))).toEqual(
      new Set([`analyze-text/2+tax:0+sentiment:${sentiment.id}`]),
    );
    expect((await models()).filter((model) => model.active).map((model) => model.id)).toEqual([sentiment.id]);
  });

  it("keeps another workspace's models and analyses apart", async () => {
    expect(await models(other.keys.viewer)).toEqual([]);
    expect((await call("POST", `/text/models/${first.id}/activate`, other.keys.admin)).statusCode).toBe(404);
    expect(new Set((await analyses(other)).map((item) => item.modelVersion))).toEqual(
      new Set(["analyze-text/2+tax:0"]),
    );
  });
});
