import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type DriverWeights, relativeWeights, shapleyValues } from "./drivers.ts";
import { correlationMatrix, pairMomentsOf } from "./drivers-correlation.ts";
import { readReference } from "./reference-data.ts";

// Published key-driver values: domir's vignette (Shapley / general dominance) and rwa's README (Johnson
// weights) on R's mtcars, plus vectors the research helper computed in R for swiss
// (../shared/data/ref-key-driver/README.md for provenance). Correlations go through PairMoments sums, the
// route the server takes from its rollups.
const FOLDER = new URL("../../../../../shared/data/ref-key-driver/", import.meta.url);
const TOLERANCE = 1e-6;
/** The helper's vectors carry 11 decimals and the same R code reproduced the published ones. */
const HELPER_TOLERANCE = 1e-9;

interface Published {
  dominance_analysis_domir_vignette: {
    overall_r2: number;
    general_dominance_shapley_lmg: Record<string, number>;
    standardized: Record<string, number>;
  };
  relative_weights_rwa_readme: {
    r2: number;
    raw_relative_weight: Record<string, number>;
    rescaled_percent_of_r2: Record<string, number>;
    sign_of_correlation_with_outcome: Record<string, "+" | "-">;
  };
  helper_computed_not_published: {
    mtcars_shapley_lmg_mpg_on_cyl_disp_hp_gear: Record<string, number>;
    swiss_fertility_on_5_predictors: {
      r2: number;
      shapley_lmg: Record<string, number>;
      johnson_relative_weights: Record<string, number>;
    };
  };
}

const published = readReference<Published>("ref-key-driver/published_values.json");

/** Columns of a CSV written by R's write.csv: quoted header, first column the row name. */
function readColumns(file: string): Map<string, number[]> {
  const [header = "", ...lines] = readFileSync(new URL(file, FOLDER), "utf8").trim().split("\n");
  const names = header.split(",").map((name) => name.replaceAll('"', ""));
  const rows = lines.map((line) => line.split(",").slice(1).map(Number));
  return new Map(names.slice(1).map((name, j) => [name, rows.map((row) => row[j] as number)]));
}

/** Correlations of the named columns, outcome first, from the pairwise sums. */
function correlationsOf(columns: Map<string, number[]>, names: string[]): number[][] {
  const column = (name: string) => columns.get(name) ?? [];
  return correlationMatrix(names.map((x) => names.map((y) => pairMomentsOf(column(x), column(y)))));
}

function expectWeights(
  actual: DriverWeights,
  names: string[],
  expected: Record<string, number>,
  tolerance = TOLERANCE,
): void {
  names.forEach((name, j) => {
    expect(Math.abs((actual.weights[j] as number) - (expected[name] as number))).toBeLessThan(tolerance);
  });
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe.skipIf(!published || !existsSync(FOLDER))("key drivers against published values", () => {
  const values = published as Published;
  const mtcars = existsSync(FOLDER) ? readColumns("mtcars.csv") : new Map();
  const swiss = existsSync(FOLDER) ? readColumns("swiss.csv") : new Map();

  it("matches domir's general dominance for mpg ~ am + cyl + carb", () => {
    const reference = values.dominance_analysis_domir_vignette;
    const predictors = ["am", "cyl", "carb"];
    const shapley = shapleyValues(correlationsOf(mtcars, ["mpg", ...predictors]), 0, [1, 2, 3]);
    expect(Math.abs(shapley.rSquared - reference.overall_r2)).toBeLessThan(TOLERANCE);
    expectWeights(shapley, predictors, reference.general_dominance_shapley_lmg);
    predictors.forEach((name, j) => {
      expect(Math.abs((shapley.shares[j] as number) - (reference.standardized[name] as number))).toBeLessThan(
        TOLERANCE,
      );
    });
  });

  it("matches rwa's relative weights for mpg ~ cyl + disp + hp + gear, with rescaled % and signs", () => {
    const reference = values.relative_weights_rwa_readme;
    const predictors = ["cyl", "disp", "hp", "gear"];
    const weights = relativeWeights(correlationsOf(mtcars, ["mpg", ...predictors]), 0, [1, 2, 3, 4]);
    expect(Math.abs(weights.rSquared - reference.r2)).toBeLessThan(TOLERANCE);
    expectWeights(weights, predictors, reference.raw_relative_weight);
    predictors.forEach((name, j) => {
      // Published to 5 decimals of a percent.
      expect(
        Math.abs(100 * (weights.shares[j] as number) - (reference.rescaled_percent_of_r2[name] as number)),
      ).toBeLessThan(1e-4);
      expect(weights.signs[j]).toBe(reference.sign_of_correlation_with_outcome[name] === "+" ? 1 : -1);
    });
  });

  it("matches the helper's Shapley values for the rwa model", () => {
    const predictors = ["cyl", "disp", "hp", "gear"];
    const shapley = shapleyValues(correlationsOf(mtcars, ["mpg", ...predictors]), 0, [1, 2, 3, 4]);
    expect(Math.abs(shapley.rSquared - values.relative_weights_rwa_readme.r2)).toBeLessThan(TOLERANCE);
    expectWeights(
      shapley,
      predictors,
      values.helper_computed_not_published.mtcars_shapley_lmg_mpg_on_cyl_disp_hp_gear,
      HELPER_TOLERANCE,
    );
  });

  it("matches the helper's Shapley and Johnson vectors for swiss, Fertility ~ all 5", () => {
    const reference = values.helper_computed_not_published.swiss_fertility_on_5_predictors;
    const predictors = ["Agriculture", "Examination", "Education", "Catholic", "Infant.Mortality"];
    const correlation = correlationsOf(swiss, ["Fertility", ...predictors]);
    const indices = [1, 2, 3, 4, 5];
    const shapley = shapleyValues(correlation, 0, indices);
    const johnson = relativeWeights(correlation, 0, indices);
    for (const result of [shapley, johnson]) {
      expect(Math.abs(result.rSquared - reference.r2)).toBeLessThan(HELPER_TOLERANCE);
      expect(sum(result.weights)).toBeCloseTo(result.rSquared, 12);
      expect(sum(result.shares)).toBeCloseTo(1, 12);
    }
    expectWeights(shapley, predictors, reference.shapley_lmg, HELPER_TOLERANCE);
    expectWeights(johnson, predictors, reference.johnson_relative_weights, HELPER_TOLERANCE);
  });
});

describe("key drivers on constructed correlations", () => {
  // Three predictors with pairwise correlations 0.3–0.6 and an outcome correlated 0.2–0.5 with them.
  const correlated = [
    [1, 0.5, 0.4, 0.2],
    [0.5, 1, 0.6, 0.3],
    [0.4, 0.6, 1, 0.35],
    [0.2, 0.3, 0.35, 1],
  ];

  it("splits exactly R² between the predictors, by both methods", () => {
    for (const method of [relativeWeights, shapleyValues]) {
      const result = method(correlated, 0, [1, 2, 3]);
      expect(sum(result.weights)).toBeCloseTo(result.rSquared, 14);
      expect(sum(result.shares)).toBeCloseTo(1, 14);
      expect(result.weights.every((weight) => weight > 0)).toBe(true);
    }
  });

  it("gives a lone predictor its r² as weight, by both methods", () => {
    for (const method of [relativeWeights, shapleyValues]) {
      const result = method(correlated, 0, [2]);
      expect(result.rSquared).toBeCloseTo(0.16, 14);
      expect(result.weights[0]).toBeCloseTo(0.16, 14);
      expect(result.shares).toEqual([1]);
    }
  });

  it("gives orthogonal predictors their own r² with the outcome, with its sign", () => {
    const orthogonal = [
      [1, 0.3, 0.4, -0.2],
      [0.3, 1, 0, 0],
      [0.4, 0, 1, 0],
      [-0.2, 0, 0, 1],
    ];
    for (const method of [relativeWeights, shapleyValues]) {
      const result = method(orthogonal, 0, [1, 2, 3]);
      expect(result.rSquared).toBeCloseTo(0.29, 14);
      [0.09, 0.16, 0.04].forEach((expected, j) => {
        expect(result.weights[j]).toBeCloseTo(expected, 14);
      });
      expect(result.signs).toEqual([1, 1, -1]);
    }
  });

  it("reads the outcome and predictors from any rows of the matrix, in the order given", () => {
    const reordered = shapleyValues(correlated, 3, [2, 0]);
    const direct = shapleyValues(
      [
        [1, 0.35, 0.2],
        [0.35, 1, 0.4],
        [0.2, 0.4, 1],
      ],
      0,
      [1, 2],
    );
    reordered.weights.forEach((weight, j) => {
      expect(weight).toBeCloseTo(direct.weights[j] as number, 14);
    });
  });

  it("answers 15 predictors by Shapley and 50 by relative weights", () => {
    const exchangeable = (size: number) =>
      Array.from({ length: size }, (_, i) =>
        Array.from({ length: size }, (_, j) => (i === j ? 1 : i === 0 || j === 0 ? 0.4 : 0.2)),
      );
    const indices = (p: number) => Array.from({ length: p }, (_, j) => j + 1);
    const shapley = shapleyValues(exchangeable(16), 0, indices(15));
    const johnson = relativeWeights(exchangeable(51), 0, indices(50));
    // Exchangeable predictors share R² equally.
    for (const result of [shapley, johnson]) {
      const equal = result.rSquared / result.weights.length;
      result.weights.forEach((weight) => {
        expect(weight).toBeCloseTo(equal, 12);
      });
    }
  });
});
