import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import {
  CHANNELS,
  CURRENT,
  hasReferences,
  npsCase,
  npsOf,
  queryClient,
  type RCase,
  rowOf,
  type Scenario,
  seedScenario,
} from "./query-scenario.ts";
import { addInvitations, cycleDays } from "./query-test-fixtures.ts";

describe.skipIf(!hasReferences)(
  "analytics query API: filters, groupings, sentiment, segments, response rate (references in ../shared/data)",
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
      /** The current period's completed responses from an office, counted from the specs. */
      const completedIn = (office: string) =>
        s.specs.filter(
          (spec) =>
            spec.status !== "partial" &&
            spec.day >= CURRENT.from &&
            spec.day <= CURRENT.to &&
            spec.hidden?.office === office,
        );

      it("groups by a hidden field from the raw responses, suppressing the lone office", async () => {
        const result = await ok(nps({ groupBy: { kind: "hidden_field", key: "office" } }));
        expect(result.source).toBe("raw");
        expect(result.rows.map((row) => row.group)).toEqual(["dn", "hcm", "hn"]);
        for (const office of ["hcm", "hn"]) {
          const scores = completedIn(office).map((spec) => spec.answers.nps as number);
          expect(rowOf(result, office)).toMatchObject({ n: scores.length });
          expect(rowOf(result, office).value).toBeCloseTo(npsOf(scores), 9);
        }
        expect(rowOf(result, "dn")).toMatchObject({ suppressed: true, value: null, n: null });
      });

      it("filters by a hidden field, by sentiment and by topic of the response's analysed comment", async () => {
        const byOffice = await ok(nps({ filters: { ...CURRENT, hidden: { office: "hn" } } }));
        expect(rowOf(byOffice, null).n).toBe(completedIn("hn").length);
        const promoters = await ok(nps({ filters: { ...CURRENT, answers: ["nps:promoter"] } }));
        const expected = Object.values(CHANNELS).reduce((sum, c) => sum + c.current[2], 0);
        expect(rowOf(promoters, null)).toMatchObject({ n: expected, value: 100 });
        // The 3 negative comments are the first 3 current app responses: detractors by construction.
        const negative = await ok(nps({ filters: { ...CURRENT, sentiment: ["negative"] } }));
        expect(rowOf(negative, null)).toMatchObject({ suppressed: true });
        const count = await ok({
          metric: "count",
          source: { kind: "survey_question", surveyId: s.surveyId },
          filters: { ...CURRENT, sentiment: ["negative", "neutral"] },
        });
        expect(rowOf(count, null)).toMatchObject({ value: 8, n: 8 });
        const topic = await ok({
          metric: "count",
          source: { kind: "survey_question", surveyId: s.surveyId },
          filters: { ...CURRENT, topics: ["staff"] },
        });
        expect(rowOf(topic, null).suppressed).toBe(true);
      });

      it("gives net sentiment (% positive − % negative) with the trinomial adjusted-Wald interval", async () => {
        const result = await ok({
          metric: "sentiment",
          source: { kind: "survey_question", surveyId: s.surveyId, questionId: "comment" },
          filters: { ...CURRENT, channels: ["app"] },
        });
        const expected = npsCase(s, [3, 5, 12]);
        expect(result).toMatchObject({ source: "raw", scale: "nps" });
        expect(rowOf(result, null).value).toBeCloseTo(100 * (expected.nps as number), 9);
        expect(rowOf(result, null).ci_low).toBeCloseTo(100 * (expected.ci?.[0] as number), 7);
        expect(rowOf(result, null).ci_high).toBeCloseTo(100 * (expected.ci?.[1] as number), 7);
      });

      it("filters by segment and compares a segment with the rest by Welch's t-test (R's t.test)", async () => {
        const tCase = s.rCases.find((c) => c.fn === "t.test") as RCase;
        const mean = (extra: object) => ({
          metric: "mean",
          source: { kind: "survey_question", surveyId: s.segmentSurveyId, questionId: "csat" },
          filters: { ...CURRENT },
          ...extra,
        });
        const filtered = await ok(mean({ filters: { ...CURRENT, segmentId: s.gold } }));
        expect(filtered.source).toBe("raw");
        expect(rowOf(filtered, null)).toMatchObject({ n: tCase.a?.length });
        expect(rowOf(filtered, null).value).toBeCloseTo(tCase.mean_a as number, 12);

        const compared = await ok(mean({ compare: { kind: "segment", segmentId: s.gold } }));
        const row = rowOf(compared, null);
        expect(row.delta).toBeCloseTo((tCase.mean_a as number) - (tCase.mean_b as number), 12);
        expect(row.p_value).toBeCloseTo(tCase.welch_p as number, 9);
        expect(row.significant).toBe(true);

        // Each segment against the rest: two tests with the same p, so Holm doubles both.
        const bySegment = await ok(
          mean({
            groupBy: { kind: "segment", segmentIds: [s.gold, s.silver] },
            compare: { kind: "segment" },
          }),
        );
        expect(bySegment.compare?.adjustment).toBe("holm");
        expect(bySegment.rows.map((r) => [r.group, r.n])).toEqual([
          [s.gold, tCase.a?.length],
          [s.silver, tCase.b?.length],
        ]);
        for (const r of bySegment.rows) {
          expect(r.p_value).toBeCloseTo(2 * (tCase.welch_p as number), 9);
          expect(r.significant).toBe(false);
        }
      });

      it("gives the response rate of delivered invitations with R's Wilson interval, dated by sending", async () => {
        const wilson = s.rCases.find((c) => c.fn === "one-sample CIs" && c.x === 18 && c.n === 20) as RCase;
        const march = cycleDays(CURRENT.from, 14);
        await addInvitations(t, s.ws.workspaceId, s.surveyId, [
          ...Array.from(
            { length: 20 },
            (_, i) => ({ status: i < 18 ? "completed" : "sent", sentDay: march(i) }) as const,
          ),
          ...Array.from({ length: 3 }, (_, i) => ({ status: "failed", sentDay: march(i) }) as const),
          { status: "queued" },
          ...Array.from(
            { length: 4 },
            (_, i) => ({ status: i < 1 ? "completed" : "sent", sentDay: `2026-02-1${i}` }) as const,
          ),
        ]);
        const result = await ok({
          metric: "response_rate",
          source: { kind: "survey_question", surveyId: s.surveyId },
          filters: {},
          groupBy: { kind: "month" },
        });
        expect(result).toMatchObject({ source: "raw", scale: "percent" });
        expect(rowOf(result, "2026-02")).toMatchObject({ suppressed: true, value: null });
        const row = rowOf(result, "2026-03");
        expect(row).toMatchObject({ n: 20 });
        expect(row.value).toBeCloseTo(90, 9);
        expect(row.ci_low).toBeCloseTo(100 * (wilson.wilson_95?.[0] as number), 7);
        expect(row.ci_high).toBeCloseTo(100 * (wilson.wilson_95?.[1] as number), 7);
        const filtered = await query({
          metric: "response_rate",
          source: { kind: "survey_question", surveyId: s.surveyId },
          filters: { hidden: { office: "hn" } },
        });
        expect(filtered.statusCode).toBe(422);
      });

      it("filters and groups by a customer attribute of the response's customer", async () => {
        const tCase = s.rCases.find((c) => c.fn === "t.test") as RCase;
        const source = { kind: "survey_question", surveyId: s.segmentSurveyId, questionId: "csat" };
        const grouped = await ok({ metric: "mean", source, groupBy: { kind: "attribute", key: "tier" } });
        expect(grouped.source).toBe("raw");
        expect(grouped.rows.map((r) => [r.group, r.n])).toEqual([
          ["bạc", tCase.b?.length],
          ["vàng", tCase.a?.length],
        ]);
        expect(rowOf(grouped, "bạc").value).toBeCloseTo(tCase.mean_b as number, 12);
        const filtered = await ok({
          metric: "mean",
          source,
          filters: { attributes: [{ key: "tier", value: "vàng" }] },
        });
        expect(rowOf(filtered, null)).toMatchObject({ n: tCase.a?.length });
      });
    });
  },
);
