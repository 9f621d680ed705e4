// The analytics query tests' scenario: a survey whose answer counts per channel and period are published
// reference cases (Rocks's NPS package, R's binom and t.test), a second survey answered by two segments'
// customers, and the helpers that query it. Expected figures come from those references or from counting.
import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { bearer, json, type SeededWorkspace, seedWorkspace, type TestApp } from "../../testing/test-app.ts";
import {
  addAnalysis,
  analyticsSurvey,
  createCustomer,
  createSurvey,
  createTagSegment,
  cycleDays,
  defineAttribute,
  ingestResponses,
  npsScores,
  type ResponseSpec,
} from "./query-test-fixtures.ts";

const SHARED_DATA = new URL("../../../../../../shared/data/", import.meta.url);
const reference = <T>(path: string) => JSON.parse(readFileSync(new URL(path, SHARED_DATA), "utf8")) as T;
export const hasReferences = existsSync(new URL("ref-nps-statistics/", SHARED_DATA));

export type Counts = [number, number, number];
export interface NpsCase {
  kind: string;
  test: string;
  conf: number;
  counts_detractors_passives_promoters?: Counts;
  x_counts?: Counts;
  y_counts?: Counts;
  nps?: number;
  ci?: [number, number];
  p_value: number;
}
export interface RCase {
  fn: string;
  x?: number;
  n?: number;
  wilson_95?: [number, number];
  a?: number[];
  b?: number[];
  welch_p?: number;
  mean_a?: number;
  mean_b?: number;
}

export interface Row {
  group: string | null;
  value: number | null;
  n: number | null;
  ci_low: number | null;
  ci_high: number | null;
  suppressed?: boolean;
  baseline?: number | null;
  delta?: number | null;
  p_value?: number | null;
  significant?: boolean | null;
}
export interface Result {
  metric: string;
  source: "rollup" | "raw";
  scale: string;
  compare?: { kind: string; adjustment: string; from?: string; to?: string };
  rows: Row[];
}
export type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

export const CURRENT = { from: "2026-03-01", to: "2026-03-14" };
export const PREVIOUS = { from: "2026-02-15", to: "2026-02-28" };

/** NPS counts [detractors, passives, promoters] per channel and period; web, app and the pairs are Rocks's cases. */
export const CHANNELS: Record<string, { current: Counts; previous: Counts }> = {
  web: { current: [20, 30, 50], previous: [30, 30, 40] },
  email: { current: [10, 20, 70], previous: [45, 25, 30] },
  app: { current: [3, 5, 12], previous: [6, 6, 8] },
  branch: { current: [12, 40, 48], previous: [12, 40, 48] },
  chat: { current: [2, 2, 4], previous: [1, 0, 1] },
  sms: { current: [1, 1, 1], previous: [1, 1, 1] },
};

/** Holm's step-down adjustment, written out for the expected values. */
export function holm(pValues: number[]) {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted: number[] = [];
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, p * (order.length - rank)));
    adjusted[i] = running;
  });
  return adjusted;
}

export const npsOf = (scores: number[]) =>
  (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) / scores.length;

export interface Scenario {
  ws: SeededWorkspace;
  other: SeededWorkspace;
  surveyId: string;
  segmentSurveyId: string;
  gold: string;
  silver: string;
  specs: ResponseSpec[];
  npsCases: NpsCase[];
  rCases: RCase[];
}

/** The channels' responses in both periods, with CSAT, goal and plan answers and comment analyses on some. */
async function seedChannels(t: TestApp, ws: SeededWorkspace, surveyId: string) {
  const specs: ResponseSpec[] = [];
  for (const [channel, periods] of Object.entries(CHANNELS)) {
    for (const [period, counts] of [
      [CURRENT, periods.current],
      [PREVIOUS, periods.previous],
    ] as const) {
      const day = cycleDays(period.from, 14);
      npsScores(counts).forEach((nps, i) => {
        const answers: Record<string, unknown> = { nps };
        // CSAT: 18 of the first 20 current web answers in the top two boxes (R's Wilson case 18/20).
        if (period === CURRENT && channel === "web" && i < 20) answers.csat = i < 18 ? 4 + (i % 2) : 2;
        if (period === CURRENT && channel === "branch") answers.goal = { achieved: i < 70 };
        if (period === CURRENT && channel === "email") answers.plan = { choice: i < 60 ? "basic" : "gold" };
        // One lone response from Da Nang: a group of one, under any anonymity threshold.
        const office = channel === "sms" && i === 0 ? "dn" : i % 2 === 0 ? "hn" : "hcm";
        specs.push({ answers, channel, day: day(i * 5), hidden: { office } });
      });
    }
  }
  specs.push(
    { answers: { nps: 3 }, day: "2026-03-02", status: "partial" },
    { answers: { nps: 10 }, day: "2026-03-03", status: "partial" },
  );
  const rows = await ingestResponses(t, ws.workspaceId, surveyId, specs);
  // Sentiment of the current app responses' comments: Rocks's [3, 5, 12] as negative, neutral, positive.
  const app = rows.filter(
    (row) => row.channel === "app" && row.completedAt && row.completedAt >= new Date("2026-03-01"),
  );
  for (const [i, row] of app.entries()) {
    const sentiment = i < 3 ? "negative" : i < 8 ? "neutral" : "positive";
    await addAnalysis(t, ws.workspaceId, row.id, sentiment, i < 3 ? ["staff"] : []);
  }
  return specs;
}

export async function seedScenario(t: TestApp): Promise<Scenario> {
  const npsCases = reference<NpsCase[]>("ref-nps-statistics/nps_reference_cases_Rocks_NPS_2.0.999.json");
  const rCases = reference<RCase[]>("ref-significance-tests/r_base_stats_reference_helper_computed.json");
  const [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
  const surveyId = await createSurvey(t, ws, analyticsSurvey());
  const specs = await seedChannels(t, ws, surveyId);

  // R's t.test case: CSAT answers of gold customers (a) against silver ones (b).
  const tCase = rCases.find((c) => c.fn === "t.test") as RCase;
  const segmentSurveyId = await createSurvey(t, ws, analyticsSurvey());
  await defineAttribute(t, ws, "tier");
  const goldCustomer = await createCustomer(t, ws, ["gold"], { tier: "vàng" });
  const silverCustomer = await createCustomer(t, ws, ["silver"], { tier: "bạc" });
  const [gold, silver] = [await createTagSegment(t, ws, "gold"), await createTagSegment(t, ws, "silver")];
  const day = cycleDays(CURRENT.from, 14);
  await ingestResponses(t, ws.workspaceId, segmentSurveyId, [
    ...(tCase.a ?? []).map((csat, i) => ({ answers: { csat }, day: day(i), customerId: goldCustomer })),
    ...(tCase.b ?? []).map((csat, i) => ({ answers: { csat }, day: day(i), customerId: silverCustomer })),
  ]);
  return { ws, other, surveyId, segmentSurveyId, gold, silver, specs, npsCases, rCases };
}

/** Rocks's one-sample adjusted-Wald case at 95 % for these counts. */
export const npsCase = (s: Scenario, counts: Counts) =>
  s.npsCases.find(
    (c) =>
      c.kind === "one_sample" &&
      c.test === "adjusted.wald" &&
      c.conf === 0.95 &&
      String(c.counts_detractors_passives_promoters) === String(counts),
  ) as NpsCase;

/** Rocks's two-sample adjusted-Wald p-value for these counts. */
export const twoSampleP = (s: Scenario, x: Counts, y: Counts) =>
  (
    s.npsCases.find(
      (c) =>
        c.kind === "two_sample" &&
        c.test === "adjusted.wald" &&
        String(c.x_counts) === String(x) &&
        String(c.y_counts) === String(y),
    ) as NpsCase
  ).p_value;

/** POST /analytics/query as a viewer (or with another key), and the NPS query of the scenario's survey. */
export function queryClient(t: TestApp, s: Scenario) {
  const query = (body: object, key = s.ws.keys.viewer) =>
    t.app.inject({ method: "POST", url: "/api/v1/analytics/query", headers: bearer(key), payload: body });
  const ok = async (body: object) => {
    const response = await query(body);
    expect(response.statusCode, response.body).toBe(200);
    return json<Result>(response);
  };
  const nps = (extra: object = {}) => ({
    metric: "nps",
    source: { kind: "survey_question", surveyId: s.surveyId, questionId: "nps" },
    filters: { ...CURRENT },
    ...extra,
  });
  return { query, ok, nps };
}

export const rowOf = (result: Result, group: string | null) =>
  result.rows.find((row) => row.group === group) as Row;
