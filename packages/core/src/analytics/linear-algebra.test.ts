import { describe, expect, it } from "vitest";
import { backSolve, cholesky, forwardSolve, Matrix, symmetricEigen } from "./linear-algebra.ts";

const a = Matrix.of([
  [4, 2, 0.6],
  [2, 5, 1.5],
  [0.6, 1.5, 3],
]);

describe("linear algebra", () => {
  it("factors a positive-definite matrix as L·Lᵀ and solves through it", () => {
    const { factor, failedAt } = cholesky(a);
    expect(failedAt).toBeUndefined();
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let product = 0;
        for (let m = 0; m < 3; m++) product += factor.get(i, m) * factor.get(j, m);
        expect(product).toBeCloseTo(a.get(i, j), 14);
      }
    }
    // a·x = b with x = (1, −2, 3).
    const b = [4 - 4 + 1.8, 2 - 10 + 4.5, 0.6 - 3 + 9];
    const x = backSolve(factor, forwardSolve(factor, b));
    [1, -2, 3].forEach((value, i) => {
      expect(x[i]).toBeCloseTo(value, 13);
    });
  });

  it("stops at the first row that depends on the rows before it", () => {
    const singular = Matrix.of([
      [1, 0.5, 1.5],
      [0.5, 1, 1.5],
      [1.5, 1.5, 3],
    ]);
    expect(cholesky(singular, 1e-10).failedAt).toBe(2);
  });

  it("decomposes a symmetric matrix as V·diag(λ)·Vᵀ with orthonormal V", () => {
    const { values, vectors } = symmetricEigen(a);
    // Eigenvalues sum to the trace and multiply to the determinant.
    expect(values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(12, 12);
    expect(values.reduce((product, value) => product * value, 1)).toBeCloseTo(40.8, 10);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let product = 0;
        let identity = 0;
        for (let m = 0; m < 3; m++) {
          product += vectors.get(i, m) * (values[m] as number) * vectors.get(j, m);
          identity += vectors.get(m, i) * vectors.get(m, j);
        }
        expect(product).toBeCloseTo(a.get(i, j), 12);
        expect(identity).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });
});
