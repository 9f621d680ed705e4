import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testEngines } from "../../testing/test-database.ts";
import { bucketSeconds, durationBucket, medianSeconds, NO_DURATION_BUCKET } from "./rollup-expressions.ts";

/** Durations in seconds and the lower bound of the bucket each falls in, worked out by hand from the bands. */
const DURATIONS: [number, number][] = [
  [0, 0],
  [4.9, 0],
  [5, 5],
  [119.99, 115],
  [120, 120],
  [134, 120],
  [135, 135],
  [599, 585],
  [600, 600],
  [1_799, 1_740],
  [1_800, 1_800],
  [7_199, 6_900],
  [7_200, 7_200],
  [86_399, 82_800],
  [86_400, 86_400],
  [400_000, 86_400],
];

describe.each(testEngines)("completion-time buckets on %s", (engine) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase(engine);
  });
  afterAll(() => testDb?.dispose());

  it("puts each duration in the bucket whose lower bound the bands give", async () => {
    for (const [seconds, lowerBound] of DURATIONS) {
      const started = sql`'2026-01-01T00:00:00Z'::timestamptz`;
      const completed = sql`'2026-01-01T00:00:00Z'::timestamptz + ${seconds} * interval '1 second'`;
      const result = (await testDb.database.db.execute(
        sql`select ${durationBucket(started, completed)} as bucket`,
      )) as unknown as { rows: { bucket: number }[] };
      expect(bucketSeconds(Number(result.rows[0]?.bucket)), `${seconds} s`).toBe(lowerBound);
    }
  });

  it("leaves responses without a start time, or completed before they started, out of the median", async () => {
    const result = (await testDb.database.db.execute(
      sql`select ${durationBucket(sql`null::timestamptz`, sql`now()`)} as a,
        ${durationBucket(sql`now()`, sql`now() - interval '1 minute'`)} as b`,
    )) as unknown as { rows: { a: number; b: number }[] };
    expect(result.rows[0]).toEqual({ a: NO_DURATION_BUCKET, b: NO_DURATION_BUCKET });
    expect(medianSeconds(new Map([[NO_DURATION_BUCKET, 7]]))).toBeNull();
  });

  it("takes the middle bucket of an odd count and the mean of the two middle ones of an even count", () => {
    // Buckets 2 (10 s), 30 (210 s), 60 (840 s): sorted 10, 10, 210, 840, 840.
    expect(
      medianSeconds(
        new Map([
          [60, 2],
          [2, 2],
          [30, 1],
        ]),
      ),
    ).toBe(210);
    // 10, 210, 840, 840: (210 + 840) / 2.
    expect(
      medianSeconds(
        new Map([
          [2, 1],
          [30, 1],
          [60, 2],
          [NO_DURATION_BUCKET, 3],
        ]),
      ),
    ).toBe(525);
    expect(medianSeconds(new Map())).toBeNull();
  });
});
