import type { AnalyticsSummary } from "@touchpoint/core";
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
import {
  analyticsSurvey,
  createSurvey,
  cycleDays,
  ingestResponses,
  npsScores,
  type ResponseSpec,
} from "./query-test-fixtures.ts";

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

/** Answers per value, as the summary's distribution keys them. */
const tally = (values: unknown[]) => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
};
const percent = (part: number, whole: number) => (100 * part) / whole;

describe.each(testEngines)("survey summary API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let surveyId: string;
  const specs: ResponseSpec[] = [];
  const march = cycleDays("2026-03-01", 14);

  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    surveyId = await createSurvey(t, ws, analyticsSurvey());
    npsScores([6, 9, 15]).forEach((nps, i) => {
      const answers: Record<string, unknown> = { nps };
      if (i < 12) answers.csat = (i % 5) + 1;
      if (i < 20) answers.ces = (i % 7) + 1;
      if (i < 25) answers.goal = { achieved: i < 15 };
      if (i < 18) answers.plan = { choice: i < 10 ? "basic" : "gold" };
      specs.push({
        answers,
        day: march(i),
        channel: i % 3 === 0 ? "app" : "web",
        seconds: [30, 60, 90][i % 3],
      });
    });
    specs.push(
      { answers: { nps: 2, csat: 1 }, day: "2026-03-04", status: "partial" },
      { answers: { nps: 9 }, day: "2026-03-05", status: "partial" },
      { answers: {}, day: "2026-03-06", status: "partial" },
      // Outside the window asked for below.
      { answers: { nps: 0, csat: 1 }, day: "2026-02-20" },
    );
    await ingestResponses(t, ws.workspaceId, surveyId, specs);
  });
  afterAll(() => t?.dispose());

  const summary = (query = "from=2026-03-01&to=2026-03-14", key = ws.keys.viewer) =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${surveyId}/summary?${query}`,
      headers: bearer(key),
    });
  const inMarch = () => specs.filter((s) => s.day >= "2026-03-01" && s.status !== "partial");

  it("summarises every question: distribution, fitting metric with its interval, answered and skipped", async () => {
    const response = await summary();
    expect(response.statusCode, response.body).toBe(200);
    const body = json<AnalyticsSummary>(response);
    const completed = inMarch();
    const answersTo = (id: string) => completed.map((s) => s.answers[id]).filter((a) => a !== undefined);
    const question = (id: string) => body.questions.find((q) => q.questionId === id);
    expect(body.source).toBe("rollup");
    expect(body.questions.map((q) => q.questionId)).toEqual([
      "nps",
      "csat",
      "ces",
      "goal",
      "plan",
      "comment",
    ]);

    const nps = answersTo("nps") as number[];
    const npsValue = percent(nps.filter((s) => s >= 9).length - nps.filter((s) => s <= 6).length, nps.length);
    expect(question("nps")).toMatchObject({
      type: "nps",
      title: "Giới thiệu?",
      n: 30,
      skipped: 0,
      suppressed: false,
    });
    expect(question("nps")?.distribution).toEqual({
      ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(i), 0])),
      ...tally(nps),
    });
    expect(question("nps")?.metric?.kind).toBe("nps");
    expect(question("nps")?.metric?.value).toBeCloseTo(npsValue, 9);
    const npsCi = question("nps")?.metric?.ci;
    expect(npsCi && npsCi.low < npsValue && npsValue < npsCi.high).toBe(true);

    const csat = answersTo("csat") as number[];
    expect(question("csat")).toMatchObject({ n: 12, skipped: 18, distribution: tally(csat) });
    expect(question("csat")?.metric?.value).toBeCloseTo(
      percent(csat.filter((s) => s >= 4).length, csat.length),
      9,
    );

    const ces = answersTo("ces") as number[];
    const cesMetric = question("ces")?.metric;
    expect(question("ces")).toMatchObject({ n: 20, skipped: 10 });
    expect(cesMetric?.value).toBeCloseTo(percent(ces.filter((s) => s >= 5).length, ces.length), 9);
    expect(cesMetric?.mean).toBeCloseTo(ces.reduce((a, b) => a + b, 0) / ces.length, 12);
    expect(cesMetric?.meanCi?.low).toBeLessThan(cesMetric?.mean as number);

    expect(question("goal")).toMatchObject({
      n: 25,
      skipped: 5,
      distribution: { achieved: 15, not_achieved: 10 },
    });
    expect(question("goal")?.metric?.value).toBeCloseTo(60, 9);
    expect(question("plan")).toMatchObject({
      n: 18,
      skipped: 12,
      distribution: { basic: 10, gold: 8 },
      metric: null,
    });
    // Nobody answered the comment: under the anonymity threshold, nothing is shown.
    expect(question("comment")).toMatchObject({
      n: 0,
      skipped: 30,
      suppressed: true,
      distribution: null,
      metric: null,
    });
  });

  it("reports completion: started, completed, rate, drop-off per question over started, median time", async () => {
    const body = json<AnalyticsSummary>(await summary());
    expect(body.completion).toMatchObject({ started: 33, completed: 30, medianSeconds: 60 });
    expect(body.completion.completionRate).toBeCloseTo(percent(30, 33), 9);
    const dropOff = Object.fromEntries(body.completion.dropOff.map((d) => [d.questionId, d]));
    expect(dropOff.nps).toMatchObject({ answered: 32 });
    expect(dropOff.nps?.rate).toBeCloseTo(percent(32, 33), 9);
    expect(dropOff.csat).toMatchObject({ answered: 13 });
    expect(dropOff.comment).toMatchObject({ answered: 0, rate: 0 });
  });

  it("narrows to a channel and counts everything without a date range", async () => {
    const app = json<AnalyticsSummary>(await summary("from=2026-03-01&to=2026-03-14&channel=app"));
    expect(app.questions[0]?.n).toBe(inMarch().filter((s) => s.channel === "app").length);
    const all = json<AnalyticsSummary>(await summary(""));
    expect(all.completion.completed).toBe(31);
    expect(all.questions[1]?.n).toBe(13);
  });

  it("documents the analytics endpoints in the OpenAPI document", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(json<{ paths: Record<string, unknown> }>(response).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/v1/surveys/{id}/summary",
        "/api/v1/analytics/query",
        "/api/v1/analytics/drivers",
      ]),
    );
  });

  it("refuses an empty date range and an unknown channel with 422, another workspace's survey with 404", async () => {
    const empty = await summary("from=2026-03-14&to=2026-03-01");
    expect(empty.statusCode).toBe(422);
    expect(json<Problem>(empty).errors?.[0]?.path).toBe("querystring.from");
    const channel = await summary("channel=pigeon");
    expect(channel.statusCode).toBe(422);
    expect(json<Problem>(channel).errors?.[0]?.path).toBe("querystring.channel");
    expect((await summary("", other.keys.owner)).statusCode).toBe(404);
  });
});
