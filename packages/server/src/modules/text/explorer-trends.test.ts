import { existsSync, readFileSync } from "node:fs";
import type { EmergingThemesResponse, TopicTrends } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/ids.ts";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { textAnalyses } from "./schema.ts";

// R 4.2.2 prop.test outputs, computed by the data helper (../shared/data/ref-significance-tests/README.md).
const REFERENCE = new URL(
  "../../../../../../shared/data/ref-significance-tests/r_base_stats_reference_helper_computed.json",
  import.meta.url,
);
interface PropTestCase {
  fn: string;
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  correct: boolean;
  p_value: number;
}
const propTest = existsSync(REFERENCE)
  ? (JSON.parse(readFileSync(REFERENCE, "utf8")) as PropTestCase[]).find(
      (row) => row.fn.startsWith("prop.test (two-sample") && !row.correct && row.x1 === 85 && row.n1 === 100,
    )
  : undefined;

type Sentiment = "negative" | "neutral" | "positive";
const WAITING = "waiting_time";
const STAFF = "staff_attitude";

/**
 * Analysed comments at instants near week and month boundaries of Asia/Ho_Chi_Minh (UTC+7, the workspace's
 * zone), with the local day and the period each falls in worked out by hand.
 */
const TREND_ROWS: { at: string; topics: string[]; sentiment: Sentiment }[] = [
  // Mon 23 Nov 01:00 local (still Sunday in UTC): week of 23 Nov.
  { at: "2026-11-22T18:00:00Z", topics: [WAITING], sentiment: "negative" },
  // Sun 22 Nov 23:30 local: week of 16 Nov.
  { at: "2026-11-22T16:30:00Z", topics: [WAITING], sentiment: "positive" },
  // Mon 16 Nov 17:00 local: week of 16 Nov, both topics.
  { at: "2026-11-16T10:00:00Z", topics: [WAITING, STAFF], sentiment: "negative" },
  // Sun 1 Nov 00:30 local: week of 26 Oct, month of November.
  { at: "2026-10-31T17:30:00Z", topics: [STAFF], sentiment: "neutral" },
  // Sat 31 Oct 23:00 local: week of 26 Oct, month of October.
  { at: "2026-10-31T16:00:00Z", topics: [STAFF], sentiment: "negative" },
  // Thu 1 Oct 00:00 local: the first instant of the window; week of 28 Sep.
  { at: "2026-09-30T17:00:00Z", topics: [WAITING], sentiment: "neutral" },
  // Wed 30 Sep 23:59 local: one minute before the window.
  { at: "2026-09-30T16:59:00Z", topics: [WAITING], sentiment: "negative" },
];

const point = (period: string, counts: Partial<Record<Sentiment, number>>) => {
  const { negative = 0, neutral = 0, positive = 0 } = counts;
  return { period, count: negative + neutral + positive, negative, neutral, positive };
};

describe.each(testEngines)("comment explorer: topic trends and emerging themes on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let themesWs: SeededWorkspace;
  let other: SeededWorkspace;

  const insert = (
    workspaceId: string,
    at: string,
    fields: { topics?: string[]; sentiment?: Sentiment; keywords?: string[] },
  ) =>
    t.testDb.database.db.insert(textAnalyses).values({
      workspaceId,
      id: newId(),
      sourceKind: "interaction_note",
      sourceId: newId(),
      field: "note",
      customerId: null,
      language: "vi",
      sentiment: fields.sentiment ?? "neutral",
      score: 0,
      topics: (fields.topics ?? []).map((id) => ({ id, label: id, confidence: 0.5 })),
      aspects: [],
      keywords: fields.keywords ?? [],
      modelVersion: "test",
      occurredAt: new Date(at),
      analysedAt: new Date(at),
    });
  const get = async <T>(url: string, key: string) => {
    const response = await t.app.inject({ method: "GET", url: `/api/v1${url}`, headers: bearer(key) });
    expect(response.statusCode, response.body).toBe(200);
    return json<T>(response);
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    themesWs = await seedWorkspace(t);
    other = await seedWorkspace(t);
    for (const row of TREND_ROWS) await insert(ws.workspaceId, row.at, row);
    // Another workspace's comment in the same week must not count.
    await insert(other.workspaceId, "2026-11-22T18:00:00Z", { topics: [WAITING], sentiment: "negative" });

    // Current window (November): 100 comments, 85 with the fee phrase (5 of them typed without
    // diacritics), 10 with "lãi suất", 3 with "ứng dụng". Baseline (September): 100 comments, 70 with the fee
    // phrase without diacritics, 40 with "lãi suất".
    for (let i = 0; i < 100; i++) {
      const keywords = [
        ...(i < 80 ? ["phí thường niên"] : i < 85 ? ["phi thuong nien"] : []),
        ...(i < 10 ? ["lãi suất"] : []),
        ...(i >= 90 && i < 93 ? ["ứng dụng"] : []),
      ];
      await insert(themesWs.workspaceId, `2026-11-${String(1 + (i % 20)).padStart(2, "0")}T05:00:00Z`, {
        keywords,
      });
      const baseline = [...(i < 70 ? ["phi thuong nien"] : []), ...(i >= 60 ? ["lãi suất"] : [])];
      await insert(themesWs.workspaceId, `2026-09-${String(1 + (i % 25)).padStart(2, "0")}T05:00:00Z`, {
        keywords: baseline,
      });
    }
  });
  afterAll(() => t.dispose());

  it("counts comments per topic and local week, by sentiment, most mentioned topic first", async () => {
    const trends = await get<TopicTrends>(
      "/text/topics/trends?grain=week&from=2026-10-01&to=2026-11-25",
      ws.keys.viewer,
    );
    expect(trends).toEqual({
      grain: "week",
      series: [
        {
          topic: WAITING,
          label: "Thời gian chờ",
          points: [
            point("2026-09-28", { neutral: 1 }),
            point("2026-11-16", { negative: 1, positive: 1 }),
            point("2026-11-23", { negative: 1 }),
          ],
        },
        {
          topic: STAFF,
          label: "Thái độ nhân viên",
          points: [point("2026-10-26", { neutral: 1, negative: 1 }), point("2026-11-16", { negative: 1 })],
        },
      ],
    });
  });

  it("counts per local month, one topic, with English labels", async () => {
    const trends = await get<TopicTrends>(
      `/text/topics/trends?grain=month&from=2026-10-01&to=2026-11-25&topic=${STAFF}&language=en`,
      ws.keys.viewer,
    );
    expect(trends.series).toEqual([
      {
        topic: STAFF,
        label: "Staff attitude",
        points: [point("2026-10-01", { negative: 1 }), point("2026-11-01", { neutral: 1, negative: 1 })],
      },
    ]);
  });

  it("refuses a period that ends before it starts", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/v1/text/topics/trends?from=2026-11-02&to=2026-11-01",
      headers: bearer(ws.keys.viewer),
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).errors).toEqual([expect.objectContaining({ path: "querystring.to" })]);
    const themes = await t.app.inject({
      method: "GET",
      url: "/api/v1/text/themes/emerging?baselineFrom=2026-09-02&baselineTo=2026-09-01",
      headers: bearer(ws.keys.viewer),
    });
    expect(themes.statusCode).toBe(422);
    expect(json(themes).errors).toEqual([expect.objectContaining({ path: "querystring.baselineTo" })]);
  });

  it.skipIf(!propTest)(
    "finds the phrase that rose, with R's prop.test p-value, spellings merged",
    async () => {
      const explicit = await get<EmergingThemesResponse>(
        "/text/themes/emerging?from=2026-11-01&to=2026-11-25&baselineFrom=2026-08-01&baselineTo=2026-10-31",
        themesWs.keys.viewer,
      );
      // One phrase tested (lãi suất fell, ứng dụng is under 5 comments), so its q-value is its p-value; the
      // test is one-sided, half of R's two-sided p since the rate rose.
      const p = (propTest?.p_value ?? Number.NaN) / 2;
      expect(explicit.themes).toHaveLength(1);
      const [theme] = explicit.themes;
      expect(theme).toMatchObject({
        phrase: "phí thường niên",
        count: 85,
        baselineCount: 70,
        rate: 0.85,
        baselineRate: 0.7,
      });
      expect((theme?.pValue ?? 0) / p).toBeCloseTo(1, 9);
      expect((theme?.qValue ?? 0) / p).toBeCloseTo(1, 9);
      // The defaults (the 30 days to today, 25 Nov, against the 90 before) hold the same comments.
      expect(await get<EmergingThemesResponse>("/text/themes/emerging", themesWs.keys.viewer)).toEqual(
        explicit,
      );
    },
  );
});
