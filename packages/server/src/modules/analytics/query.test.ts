import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, json, type TestApp } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import {
  CHANNELS,
  type Counts,
  CURRENT,
  hasReferences,
  holm,
  npsCase,
  npsOf,
  PREVIOUS,
  type Problem,
  queryClient,
  type RCase,
  rowOf,
  type Scenario,
  seedScenario,
  twoSampleP,
} from "./query-scenario.ts";
import { npsScores } from "./query-test-fixtures.ts";

describe.skipIf(!hasReferences)(
  "analytics query API: NPS, CSAT, comparisons, suppression, errors (references in ../shared/data)",
  () => {
    describe.each(testEngines)("on %s", (engine) => {
      let t: TestApp;
      let s: Scenario;
      beforeAll(async () => {
        t = await createTestApp(engine);
        s = await seedScenario(t);
      });
      afterAll(() => t?.dispose());
      const ok = (body: object) => queryClient(t, s).ok(body);
      const query = (body: object, key?: string) => queryClient(t, s).query(body, key);
      const nps = (extra: object = {}) => queryClient(t, s).nps(extra);

      it("gives NPS per channel on [−100, 100] with Rocks's adjusted-Wald intervals, from the rollups, sorted by channel", async () => {
        const result = await ok(nps({ groupBy: { kind: "channel" } }));
        expect(result).toMatchObject({ metric: "nps", source: "rollup", scale: "nps" });
        expect(result.rows.map((row) => row.group)).toEqual(["app", "branch", "chat", "email", "sms", "web"]);
        for (const channel of ["web", "email", "app", "branch"]) {
          const counts = CHANNELS[channel]?.current as Counts;
          const expected = npsCase(s, counts);
          const row = rowOf(result, channel);
          expect(row.n).toBe(counts[0] + counts[1] + counts[2]);
          expect(row.value).toBeCloseTo(100 * (expected.nps as number), 9);
          expect(row.ci_low).toBeCloseTo(100 * (expected.ci?.[0] as number), 7);
          expect(row.ci_high).toBeCloseTo(100 * (expected.ci?.[1] as number), 7);
        }
        const chat = rowOf(result, "chat");
        expect(chat.value).toBe(npsOf(npsScores([2, 2, 4])));
        expect(chat.ci_low as number).toBeLessThan(chat.ci_high as number);
      });

      it("suppresses a group under the anonymity threshold (5) without leaking any figure", async () => {
        const result = await ok(nps({ groupBy: { kind: "channel" }, compare: { kind: "previous_period" } }));
        const sms = rowOf(result, "sms");
        expect(sms).toEqual({
          group: "sms",
          value: null,
          n: null,
          ci_low: null,
          ci_high: null,
          suppressed: true,
          baseline: null,
          delta: null,
          p_value: null,
          significant: null,
        });
      });

      it("compares each channel with the previous period, Holm-adjusted, flagging the planted drop and not the identical period", async () => {
        const single = async (channel: string) => {
          const result = await ok(
            nps({ filters: { ...CURRENT, channels: [channel] }, compare: { kind: "previous_period" } }),
          );
          expect(result.compare).toMatchObject({ kind: "previous_period", adjustment: "none", ...PREVIOUS });
          return rowOf(result, null);
        };
        const web = await single("web");
        expect(web.p_value).toBeCloseTo(twoSampleP(s, [20, 30, 50], [30, 30, 40]), 9);
        expect(web.delta).toBeCloseTo(20, 9);
        expect(web.baseline).toBeCloseTo(10, 9);
        expect(web.significant).toBe(false);
        const email = await single("email");
        expect(email.p_value as number).toBeLessThan(1e-6);
        expect(email.significant).toBe(true);

        const result = await ok(nps({ groupBy: { kind: "channel" }, compare: { kind: "previous_period" } }));
        expect(result.compare?.adjustment).toBe("holm");
        const raw = [
          email.p_value as number,
          twoSampleP(s, [20, 30, 50], [30, 30, 40]),
          twoSampleP(s, [3, 5, 12], [6, 6, 8]),
          1,
        ];
        const [emailP, webP, appP, branchP] = holm(raw);
        expect(rowOf(result, "email").p_value).toBeCloseTo(emailP as number, 12);
        expect(rowOf(result, "web").p_value).toBeCloseTo(webP as number, 9);
        expect(rowOf(result, "app").p_value).toBeCloseTo(appP as number, 9);
        expect(rowOf(result, "branch")).toMatchObject({ delta: 0, p_value: branchP, significant: false });
        expect(rowOf(result, "email").significant).toBe(true);
        // chat's previous period has 2 responses: its comparison is suppressed, its own figure is not.
        expect(rowOf(result, "chat")).toMatchObject({
          n: 8,
          baseline: null,
          delta: null,
          p_value: null,
          significant: null,
        });
      });

      it("tests a group against a target (one-sample adjusted Wald, Rocks's p for NPS = 0)", async () => {
        const result = await ok(
          nps({ filters: { ...CURRENT, channels: ["web"] }, compare: { kind: "target", value: 0 } }),
        );
        const row = rowOf(result, null);
        expect(row.delta).toBeCloseTo(30, 9);
        expect(row.p_value).toBeCloseTo(npsCase(s, [20, 30, 50]).p_value, 9);
        expect(row.significant).toBe(true);
      });

      it("gives CSAT top-2-box as a percentage with R's Wilson interval", async () => {
        const wilson = s.rCases.find((c) => c.fn === "one-sample CIs" && c.x === 18 && c.n === 20) as RCase;
        const result = await ok({
          metric: "csat",
          source: { kind: "survey_question", surveyId: s.surveyId, questionId: "csat" },
          filters: { ...CURRENT, channels: ["web"] },
        });
        expect(result.scale).toBe("percent");
        const row = rowOf(result, null);
        expect(row.value).toBeCloseTo(90, 9);
        expect(row.n).toBe(20);
        expect(row.ci_low).toBeCloseTo(100 * (wilson.wilson_95?.[0] as number), 7);
        expect(row.ci_high).toBeCloseTo(100 * (wilson.wilson_95?.[1] as number), 7);
      });

      it("is readable by every role, viewer included", async () => {
        expect((await query(nps(), s.ws.keys.viewer)).statusCode).toBe(200);
        expect((await query(nps(), s.ws.keys.agent)).statusCode).toBe(200);
      });

      it("answers 404 for another workspace's survey", async () => {
        const response = await query(nps(), s.other.keys.owner);
        expect(response.statusCode).toBe(404);
      });

      type Body = Record<string, unknown>;
      const question = (questionId: string) => (body: Body) => ({
        ...body,
        source: { kind: "survey_question", surveyId: s.surveyId, questionId },
      });
      it.each([
        ["an unknown metric", (body: Body) => ({ ...body, metric: "happiness" }), "metric", "invalid_query"],
        [
          "an unknown grouping",
          (body: Body) => ({ ...body, groupBy: { kind: "weekday" } }),
          "groupBy",
          "invalid_query",
        ],
        ["NPS of a text question", question("comment"), "metric", "invalid_query"],
        ["a question the survey does not have", question("nope"), "source.questionId", "invalid_query"],
        [
          "an empty date range",
          (body: Body) => ({ ...body, filters: { from: "2026-03-14", to: "2026-03-01" } }),
          "filters.from",
          "invalid_query",
        ],
        [
          "a previous period without dates",
          (body: Body) => ({ ...body, filters: {}, compare: { kind: "previous_period" } }),
          "filters.from",
          "invalid_query",
        ],
        [
          "a touchpoint grouping",
          (body: Body) => ({ ...body, groupBy: { kind: "touchpoint" } }),
          "groupBy.kind",
          "not_available",
        ],
        [
          "a journey source",
          (body: Body) => ({
            ...body,
            source: { kind: "journey", journeyId: "0196f1f0-0000-7000-8000-000000000000" },
          }),
          "source.kind",
          "not_available",
        ],
        [
          "rollups alone with a hidden-field filter",
          (body: Body) => ({ ...body, prefer: "rollup", filters: { hidden: { office: "hn" } } }),
          "prefer",
          "invalid_query",
        ],
        [
          "an answer filter on a missing question",
          (body: Body) => ({ ...body, filters: { answers: ["nope:1"] } }),
          "filters.answers.nope",
          "invalid_query",
        ],
      ])("refuses %s with a 422 naming the field", async (_name, change, path, code) => {
        const response = await query(change(nps()));
        expect(response.statusCode, response.body).toBe(422);
        const problem = json<Problem>(response);
        expect(problem.code).toBe(code);
        expect(problem.errors?.map((e) => e.path)).toContainEqual(expect.stringContaining(path));
      });
    });
  },
);
