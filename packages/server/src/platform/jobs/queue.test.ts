import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testEngines } from "../../testing/test-database.ts";
import { type JobQueue, startJobQueue } from "./queue.ts";

describe.each(testEngines)("job queue on %s", (engine) => {
  let testDb: TestDatabase;
  let queue: JobQueue;

  beforeAll(async () => {
    testDb = await createTestDatabase(engine);
    queue = await startJobQueue(testDb.database, {
      workers: false,
      onError: (error) => console.error(error),
    });
    await queue.declare("rollback-test");
    await queue.declare("commit-test");
  });
  afterAll(async () => {
    await queue.stop();
    await testDb.dispose();
  });

  const countJobs = async (name: string) => {
    const jobs = await queue.boss.findJobs(name);
    return jobs.length;
  };

  it("enqueues nothing when the transaction that caused the job rolls back", async () => {
    await expect(
      testDb.database.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await queue.enqueue(tx, "rollback-test", { n: 1 });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await countJobs("rollback-test")).toBe(0);
  });

  it("enqueues the job exactly once when the transaction commits", async () => {
    await testDb.database.transaction(async (tx) => {
      await queue.enqueue(tx, "commit-test", { n: 2 });
    });
    expect(await countJobs("commit-test")).toBe(1);
  });
});
