import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testEngines } from "../../testing/test-database.ts";
import { type JobQueue, startJobQueue } from "./queue.ts";

describe.each(testEngines)("job queue on %s", (engine) => {
  let testDb: TestDatabase;
  let queue: JobQueue;
  const handled: number[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase(engine);
    queue = await startJobQueue(testDb.database, {
      workers: false,
      onError: (error) => console.error(error),
    });
    await queue.declare("rollback-test");
    await queue.declare("commit-test");
    await queue.work<{ n: number }>("handled-test", async (data) => {
      handled.push(data.n);
    });
  });
  afterAll(async () => {
    await queue.stop();
    await testDb.dispose();
  });

  const countJobs = async (name: string) => (await queue.boss.findJobs(name)).length;

  it("enqueues nothing when the transaction that caused the job rolls back", async () => {
    await expect(
      testDb.database.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await queue.enqueue(tx, "rollback-test", { n: 1 });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    await queue.relay();
    expect(await countJobs("rollback-test")).toBe(0);
  });

  it("enqueues the job exactly once when the transaction commits, however often the relay runs", async () => {
    await testDb.database.transaction(async (tx) => {
      await queue.enqueue(tx, "commit-test", { n: 2 });
    });
    expect(await queue.relay()).toBe(1);
    expect(await queue.relay()).toBe(0);
    expect(await countJobs("commit-test")).toBe(1);
  });

  it("relays many jobs in batches and hands each to its handler once", async () => {
    await testDb.database.transaction(async (tx) => {
      await queue.enqueueMany(
        tx,
        "handled-test",
        Array.from({ length: 1200 }, (_, n) => ({ n })),
      );
    });
    expect(await queue.runDue("handled-test")).toBe(1200);
    expect(new Set(handled).size).toBe(1200);
  });

  it("refuses a queue that was not declared at start-up", async () => {
    await expect(testDb.database.transaction((tx) => queue.enqueue(tx, "undeclared", {}))).rejects.toThrow(
      "not declared",
    );
  });
});

describe.each(testEngines)("job workers on %s", (engine) => {
  let testDb: TestDatabase;
  let queue: JobQueue;
  const seen = new Set<number>();

  beforeAll(async () => {
    testDb = await createTestDatabase(engine);
    queue = await startJobQueue(testDb.database, { workers: true, onError: () => {} });
    await queue.work<{ n: number }>("worked-test", async (data) => {
      if (data.n === 7) throw new Error("job 7 always fails");
      seen.add(data.n);
    });
  });
  afterAll(async () => {
    await queue.stop();
    await testDb.dispose();
  });

  it("works through a backlog in the background, and a failing job does not fail its batch", async () => {
    await testDb.database.transaction((tx) =>
      queue.enqueueMany(
        tx,
        "worked-test",
        Array.from({ length: 300 }, (_, n) => ({ n })),
      ),
    );
    await expect.poll(() => seen.size, { timeout: 60_000, interval: 200 }).toBe(299);
    expect(seen.has(7)).toBe(false);
  });
});
