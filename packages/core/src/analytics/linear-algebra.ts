// Small dense linear algebra for key-driver analysis: Cholesky factors, triangular solves and the symmetric
// eigendecomposition, on correlation matrices of at most a few dozen questions (no library needed).

/** A square matrix stored row-major in one typed array. */
export class Matrix {
  readonly size: number;
  readonly values: Float64Array;

  constructor(size: number) {
    this.size = size;
    this.values = new Float64Array(size * size);
  }

  static of(rows: readonly (readonly number[])[]): Matrix {
    const matrix = new Matrix(rows.length);
    rows.forEach((row, i) => {
      row.forEach((value, j) => {
        matrix.set(i, j, value);
      });
    });
    return matrix;
  }

  /** The sub-matrix on `indices` (rows and columns in that order). */
  pick(indices: readonly number[]): Matrix {
    const picked = new Matrix(indices.length);
    indices.forEach((row, i) => {
      indices.forEach((column, j) => {
        picked.set(i, j, this.get(row, column));
      });
    });
    return picked;
  }

  get(i: number, j: number): number {
    return this.values[i * this.size + j] as number;
  }

  set(i: number, j: number, value: number): void {
    this.values[i * this.size + j] = value;
  }

  toRows(): number[][] {
    return Array.from({ length: this.size }, (_, i) =>
      Array.from(this.values.subarray(i * this.size, (i + 1) * this.size)),
    );
  }
}

/**
 * The lower-triangular L with L·Lᵀ = a, or the first index whose pivot is ≤ `tolerance`: row `failedAt` is
 * then (almost) a linear combination of the rows before it, and the rows before it are factored in `factor`.
 * For a correlation matrix the pivot of row k is 1 − R² of variable k on the variables before it.
 */
export function cholesky(a: Matrix, tolerance = 0): { factor: Matrix; failedAt?: number } {
  const n = a.size;
  const factor = new Matrix(n);
  for (let k = 0; k < n; k++) {
    let pivot = a.get(k, k);
    for (let m = 0; m < k; m++) pivot -= factor.get(k, m) ** 2;
    if (!(pivot > tolerance)) return { factor, failedAt: k };
    const root = Math.sqrt(pivot);
    factor.set(k, k, root);
    for (let i = k + 1; i < n; i++) {
      let sum = a.get(i, k);
      for (let m = 0; m < k; m++) sum -= factor.get(i, m) * factor.get(k, m);
      factor.set(i, k, sum / root);
    }
  }
  return { factor };
}

/** z with L·z = b, for the leading `b.length` rows of a lower-triangular L. */
export function forwardSolve(lower: Matrix, b: ArrayLike<number>): Float64Array {
  const z = Float64Array.from(b);
  for (let i = 0; i < z.length; i++) {
    let sum = z[i] as number;
    for (let m = 0; m < i; m++) sum -= lower.get(i, m) * (z[m] as number);
    z[i] = sum / lower.get(i, i);
  }
  return z;
}

/** x with Lᵀ·x = z, for the leading `z.length` rows of a lower-triangular L. */
export function backSolve(lower: Matrix, z: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(z);
  for (let i = x.length - 1; i >= 0; i--) {
    let sum = x[i] as number;
    for (let m = i + 1; m < x.length; m++) sum -= lower.get(m, i) * (x[m] as number);
    x[i] = sum / lower.get(i, i);
  }
  return x;
}

/**
 * Eigenvalues and eigenvectors (the columns of `vectors`) of a symmetric matrix by cyclic Jacobi rotations
 * (Numerical Recipes §11.1): slow in theory, but exact to rounding and plenty fast for ≤ 50 predictors.
 */
export function symmetricEigen(a: Matrix): { values: number[]; vectors: Matrix } {
  const n = a.size;
  const work = Matrix.of(a.toRows());
  const vectors = new Matrix(n);
  for (let i = 0; i < n; i++) vectors.set(i, i, 1);
  let scale = 0;
  for (const value of a.values) scale += value * value;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += work.get(p, q) ** 2;
    if (off <= 1e-30 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = work.get(p, q);
        if (apq === 0) continue;
        const theta = (work.get(q, q) - work.get(p, p)) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        rotate(work, vectors, p, q, c, t * c);
      }
    }
  }
  return { values: Array.from({ length: n }, (_, i) => work.get(i, i)), vectors };
}

/** a ← Jᵀ·a·J and v ← v·J for the rotation J in the (p, q) plane that zeroes a[p][q]. */
function rotate(a: Matrix, v: Matrix, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < a.size; k++) {
    const akp = a.get(k, p);
    const akq = a.get(k, q);
    a.set(k, p, c * akp - s * akq);
    a.set(k, q, s * akp + c * akq);
  }
  for (let k = 0; k < a.size; k++) {
    const apk = a.get(p, k);
    const aqk = a.get(q, k);
    a.set(p, k, c * apk - s * aqk);
    a.set(q, k, s * apk + c * aqk);
  }
  for (let k = 0; k < v.size; k++) {
    const vkp = v.get(k, p);
    const vkq = v.get(k, q);
    v.set(k, p, c * vkp - s * vkq);
    v.set(k, q, s * vkp + c * vkq);
  }
}
