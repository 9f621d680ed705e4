// Pearson's chi-square test of independence on a contingency table (e.g. segment × NPS category).
import { chiSquareSurvival } from "./distributions.ts";
import { checkCount } from "./input-checks.ts";

export interface ChiSquareTest {
  statistic: number;
  /** (rows − 1)(columns − 1), counting only rows and columns with a non-zero total. */
  df: number;
  pValue: number;
  /** Expected counts under independence, row total × column total / grand total; 0 in an empty row or column. */
  expected: number[][];
}

/**
 * Σ (O − E)² / E over the cells, as R's chisq.test(table, correct = FALSE), for any r × c table, 2 × 2
 * included: no Yates correction, so a 2 × 2 table gives exactly twoProportionTest without continuity
 * (R's chisq.test default corrects 2 × 2 tables; call twoProportionTest with continuity for that). A row
 * or column whose total is 0 carries no information and is left out (R returns NaN). Throws a RangeError
 * for ragged tables, negative counts, or fewer than 2 non-empty rows or columns.
 */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareTest {
  const columns = table[0]?.length ?? 0;
  table.forEach((row, i) => {
    if (row.length !== columns) throw new RangeError(`row ${i} has ${row.length} cells, expected ${columns}`);
    row.forEach((count, j) => {
      checkCount(`cell [${i}][${j}]`, count);
    });
  });
  const rowTotals = table.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) =>
    table.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const rows = rowTotals.filter((t) => t > 0).length;
  const nonEmptyColumns = columnTotals.filter((t) => t > 0).length;
  if (rows < 2 || nonEmptyColumns < 2) {
    throw new RangeError(
      `a chi-square test needs at least 2 non-empty rows and 2 non-empty columns (got ${rows} × ${nonEmptyColumns})`,
    );
  }
  let statistic = 0;
  const expected = table.map((row, i) =>
    row.map((observed, j) => {
      const e = ((rowTotals[i] as number) * (columnTotals[j] as number)) / total;
      if (e > 0) statistic += (observed - e) ** 2 / e;
      return e;
    }),
  );
  const df = (rows - 1) * (nonEmptyColumns - 1);
  return { statistic, df, pValue: chiSquareSurvival(statistic, df), expected };
}
