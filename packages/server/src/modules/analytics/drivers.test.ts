import { existsSync, readFileSync } from "node:fs";
import type { AnalyticsDriversResult } from "@touchpoint/core";
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
import { analyticsSurvey, createSurvey, cycleDays, ingestResponses } from "./query-test-fixtures.ts";

const KEY_DRIVER = new URL("../../../../../../shared/data/ref-key-driver/", import.meta.url);
const hasReferences = existsSync(KEY_DRIVER);

interface Published {
  dominance_analysis_domir_vignette: {
    overall_r2: number;
    general_dominance_shapley_lmg: Record<string, number>;
  };
  relative_weights_rwa_readme: {
    r2: number;
    raw_relative_weight: Record<string, number>;
    rescaled_percent_of_r2: Record<string, number>;
  };
}
type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

/** R's mtcars as written by write.csv: a quoted model name, then numbers. */
function readMtcars() {
  const [header, ...lines] = readFileSync(new URL("mtcars.csv", KEY_DRIVER), "utf8").trim().split("\n");
  const columns = (header ?? "").split(",").map((name) => name.replaceAll('"', ""));
  return lines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(columns.slice(1).map((column, i) => [column, Number(cells[i + 1])]));
  });
}

const VARIABLES = ["mpg", "cyl", "disp", "hp", "gear", "am", "carb"];

describe.skipIf(!hasReferences)("key drivers API (R's mtcars, published weights)", () => {
  describe.each(testEngines)("on %s", (engine) => {
    let t: TestApp;
    let ws: SeededWorkspace;
    let other: SeededWorkspace;
    let surveyId: string;
    let cars: Record<string, number>[];
    let published: Published;

    beforeAll(async () => {
      published = JSON.parse(readFileSync(new URL("published_values.json", KEY_DRIVER), "utf8")) as Published;
      cars = readMtcars();
      t = await createTestApp(engine);
      [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
      surveyId = await createSurvey(
        t,
        ws,
        analyticsSurvey([
          ...VARIABLES.map((id) => ({ id, type: "number" as const, title: { vi: id } })),
          { id: "same", type: "rating" as const, title: { vi: "Như nhau" } },
        ]),
      );
      const day = cycleDays("2026-03-01", 14);
      await ingestResponses(
        t,
        ws.workspaceId,
        surveyId,
        cars.map((car, i) => ({
          answers: { ...Object.fromEntries(VARIABLES.map((v) => [v, car[v]])), same: 4, nps: i % 11 },
          day: day(i),
          hidden: { cylinders: String(car.cyl) },
        })),
      );
    });
    afterAll(() => t?.dispose());

    const drivers = (body: object, key = ws.keys.viewer) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/analytics/drivers",
        headers: bearer(key),
        payload: { surveyId, outcome: "mpg", ...body },
      });
    const ok = async (body: object) => {
      const response = await drivers(body);
      expect(response.statusCode, response.body).toBe(200);
      return json<AnalyticsDriversResult>(response);
    };
    const byId = (result: AnalyticsDriversResult) =>
      Object.fromEntries(result.drivers.map((driver) => [driver.questionId, driver]));

    it("gives Johnson's relative weights and shares of R² as the rwa package publishes them", async () => {
      const expected = published.relative_weights_rwa_readme;
      const result = await ok({ predictors: ["cyl", "disp", "hp", "gear"] });
      expect(result).toMatchObject({ source: "rollup", n: 32 });
      expect(result.rSquared).toBeCloseTo(expected.r2, 6);
      const found = byId(result);
      for (const [id, weight] of Object.entries(expected.raw_relative_weight)) {
        expect(found[id]?.relativeWeight).toBeCloseTo(weight, 6);
        expect(found[id]?.share).toBeCloseTo(expected.rescaled_percent_of_r2[id] as number, 4);
      }
      const cyl = cars.map((car) => car.cyl as number);
      expect(found.cyl?.performance).toEqual({
        mean: cyl.reduce((a, b) => a + b, 0) / cyl.length,
        topBox: null,
      });
      expect(found.cyl?.quadrant).toEqual(expect.any(String));
    });

    it("gives Shapley values (general dominance) as the domir vignette publishes them", async () => {
      const expected = published.dominance_analysis_domir_vignette;
      const result = await ok({ predictors: ["am", "cyl", "carb"] });
      expect(result.rSquared).toBeCloseTo(expected.overall_r2, 6);
      const found = byId(result);
      for (const [id, shapley] of Object.entries(expected.general_dominance_shapley_lmg)) {
        expect(found[id]?.shapley).toBeCloseTo(shapley, 6);
      }
    });

    it.each([
      ["a text question", { predictors: ["cyl", "comment"] }, "predictors.1"],
      ["the outcome among the predictors", { predictors: ["cyl", "mpg"] }, "predictors.1"],
      ["a predictor everyone answered alike", { predictors: ["cyl", "same"] }, "predictors.1"],
      [
        "more than 15 predictors",
        { predictors: Array.from({ length: 16 }, (_, i) => `q${i}`) },
        "predictors",
      ],
      // 7 six-cylinder cars for 6 predictors.
      [
        "fewer responses than predictors + 2",
        { predictors: ["cyl", "disp", "hp", "gear", "am", "carb"], filters: { hidden: { cylinders: "6" } } },
        "predictors",
      ],
    ])("refuses %s with a 422 naming the field", async (_name, body, path) => {
      const response = await drivers(body);
      expect(response.statusCode, response.body).toBe(422);
      expect(json<Problem>(response).errors?.map((e) => e.path)).toContain(path);
    });

    it("answers 404 for another workspace's survey", async () => {
      expect((await drivers({ predictors: ["cyl"] }, other.keys.owner)).statusCode).toBe(404);
    });
  });
});
