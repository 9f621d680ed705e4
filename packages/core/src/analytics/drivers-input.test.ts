import { describe, expect, it } from "vitest";
import { relativeWeights, shapleyValues } from "./drivers.ts";
import { correlationMatrix, type PairMoments, pairMomentsOf } from "./drivers-correlation.ts";
import { checkDriverInput, DriverInputError } from "./drivers-input.ts";

/** All pair moments of some columns. */
const pairsOf = (columns: (number | null)[][]): PairMoments[][] =>
  columns.map((x) => columns.map((y) => pairMomentsOf(x, y)));

function thrown(run: () => unknown): DriverInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof DriverInputError) return error;
    throw error;
  }
  throw new Error("expected a DriverInputError");
}

describe("pairwise-complete correlations", () => {
  it("takes each pair over the rows answering both, as R's pairwise.complete.obs", () => {
    const x = [1, 2, null, 4, 5, 3];
    const y = [2, null, 3, 5, 4, 1];
    const [r] = correlationMatrix(pairsOf([x, y]))[0]?.slice(1) ?? [];
    // Rows 0, 3, 4, 5: x = 1 4 5 3, y = 2 5 4 1; Σdxdy = 6, Σdx² = 8.75, Σdy² = 10.
    expect(r).toBeCloseTo(6 / Math.sqrt(8.75 * 10), 14);
  });

  it("refuses a variable constant over the rows it shares with another, naming it", () => {
    const error = thrown(() =>
      correlationMatrix(
        pairsOf([
          [1, 2, 3, 4],
          [5, 5, 5, null],
          [2, 1, 4, 3],
        ]),
      ),
    );
    expect(error.index).toBe(1);
    expect(error.message).toMatch(/variable 1 takes a single value over the 3 rows/);
  });
});

describe("checkDriverInput", () => {
  const outcome = [3, 5, 4, 2, 5, 1, 4];
  const speed = [2, 5, 3, 2, 4, 1, 5];
  const staff = [4, 4, 5, 1, 5, 2, 3];

  it("returns the smallest pairwise n", () => {
    const pairs = pairsOf([outcome, speed, [4, 4, 5, 1, null, 2, 3]]);
    expect(checkDriverInput({ pairMoments: pairs, outcome: 0, predictors: [1, 2] })).toEqual({ n: 6 });
  });

  it("refuses fewer rows than predictors + 2", () => {
    const sparse = [4, null, null, null, 5, 2, null];
    const error = thrown(() =>
      checkDriverInput({ pairMoments: pairsOf([outcome, speed, sparse]), outcome: 0, predictors: [1, 2] }),
    );
    expect(error.message).toBe(
      "3 rows answer every pair of these variables (fewest with variable 2); 2 predictors need at least 4",
    );
    expect(error.index).toBe(2);
  });

  it("refuses a constant predictor, naming its index", () => {
    const error = thrown(() =>
      checkDriverInput({
        pairMoments: pairsOf([outcome, speed, staff, [3, 3, 3, 3, 3, 3, 3]]),
        outcome: 0,
        predictors: [1, 2, 3],
      }),
    );
    expect(error.index).toBe(3);
    expect(error.message).toBe("variable 3 has the same value in all 7 rows: it explains nothing");
  });

  it("refuses an outcome named as a predictor and indices out of range", () => {
    const pairs = pairsOf([outcome, speed]);
    expect(() => checkDriverInput({ pairMoments: pairs, outcome: 0, predictors: [0] })).toThrow(RangeError);
    expect(() => checkDriverInput({ pairMoments: pairs, outcome: 0, predictors: [2] })).toThrow(RangeError);
    expect(() => checkDriverInput({ pairMoments: pairs, outcome: 0, predictors: [] })).toThrow(RangeError);
  });
});

describe("driver weights refuse what they cannot answer", () => {
  const outcome = [3, 5, 4, 2, 5, 1, 4, 3];
  const speed = [2, 5, 3, 2, 4, 1, 5, 2];
  const staff = [4, 4, 5, 1, 5, 2, 3, 3];
  const price = [1, 3, 2, 2, 3, 1, 4, 5];

  it("names a predictor that is a linear combination of others", () => {
    const total = speed.map((value, i) => value + 2 * (staff[i] as number));
    const correlation = correlationMatrix(pairsOf([outcome, speed, price, staff, total]));
    for (const method of [relativeWeights, shapleyValues]) {
      const error = thrown(() => method(correlation, 0, [1, 2, 3, 4]));
      expect(error.index).toBe(4);
      expect(error.message).toBe(
        "predictor 4 is collinear with predictors 1, 3: the predictors' correlation matrix is not positive definite",
      );
    }
  });

  it("names a predictor whose pairwise correlations contradict the others'", () => {
    const contradictory = [
      [1, 0.1, 0.1, 0.1],
      [0.1, 1, 0.9, 0.9],
      [0.1, 0.9, 1, -0.9],
      [0.1, 0.9, -0.9, 1],
    ];
    const error = thrown(() => relativeWeights(contradictory, 0, [1, 2, 3]));
    expect(error.index).toBe(3);
    expect(error.message).toMatch(
      /pairwise correlations of predictor 3 with predictors 1, 2 contradict each other/,
    );
  });

  it("refuses an R² above 1 from pairs that share too few rows", () => {
    const contradictory = [
      [1, 0.9, 0.9],
      [0.9, 1, -0.9],
      [0.9, -0.9, 1],
    ];
    const error = thrown(() => shapleyValues(contradictory, 0, [1, 2]));
    expect(error.index).toBe(0);
    expect(error.message).toMatch(/R² of variable 0 on the predictors is 16\.2000 > 1/);
  });

  it("limits Shapley values to 15 predictors and relative weights to 50", () => {
    const identity = (size: number) =>
      Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)));
    const indices = (p: number) => Array.from({ length: p }, (_, j) => j + 1);
    expect(() => shapleyValues(identity(17), 0, indices(16))).toThrow("at most 15 predictors (got 16)");
    expect(() => relativeWeights(identity(52), 0, indices(51))).toThrow("at most 50 predictors (got 51)");
  });

  it("refuses a matrix that is not a symmetric correlation matrix", () => {
    expect(() =>
      relativeWeights(
        [
          [1, 0.5],
          [0.4, 1],
        ],
        0,
        [1],
      ),
    ).toThrow(/symmetric/);
    expect(() => relativeWeights([[1, 0.5]], 0, [1])).toThrow(RangeError);
  });
});
