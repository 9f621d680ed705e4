// Background jobs on pg-boss in the system-of-record database, with enqueueing inside the caller's
// transaction (transactional outbox): a rolled-back write enqueues nothing, a committed one always enqueues.
import { sql } from "drizzle-orm";
import { type DrizzleTransactionLike, fromDrizzle, PgBoss } from "pg-boss";
import type { Database, Tx } from "../db/database.ts";

export interface JobQueue {
  readonly boss: PgBoss;
  /**
   * Creates a queue once, at start-up. Enqueueing must not create queues: on PGlite the open transaction
   * holds the only connection, so a call outside it would wait for it forever.
   */
  declare(name: string): Promise<void>;
  /** Enqueues `name` as part of `tx`; the job exists exactly when the transaction commits. */
  enqueue(tx: Tx, name: string, data: object, options?: { singletonKey?: string }): Promise<void>;
  /** Enqueues many jobs of one queue in one statement, as part of `tx`. */
  enqueueMany(tx: Tx, name: string, data: object[]): Promise<void>;
  /**
   * Declares a queue and its handler; in a process with workers the handler receives jobs, retried with
   * backoff and kept as failed after the last try (every handler must therefore be idempotent).
   */
  work<T extends object>(name: string, handler: (data: T) => Promise<void>): Promise<void>;
  /** Runs the jobs that are due now, in this process; for tests and one-off catch-up. Returns how many ran. */
  runDue(name: string): Promise<number>;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** Fetch jobs in this process (serve, worker); false for processes that only enqueue. */
  workers: boolean;
  onError: (error: Error) => void;
}

export async function startJobQueue(database: Database, options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    ...database.jobs,
    supervise: options.workers,
    schedule: options.workers,
  });
  boss.on("error", options.onError);
  await boss.start();
  const declared = new Set<string>();
  const handlers = new Map<string, (data: object) => Promise<void>>();
  const assertDeclared = (name: string) => {
    if (!declared.has(name)) throw new Error(`Job queue "${name}" was not declared at start-up`);
  };
  const declare = async (name: string) => {
    if (declared.has(name)) return;
    await boss.createQueue(name, { retryLimit: 5, retryBackoff: true, retryDelay: 5 });
    declared.add(name);
  };
  return {
    boss,
    declare,
    enqueueMany: async (tx, name, data) => {
      assertDeclared(name);
      if (data.length === 0) return;
      await boss.insert(
        name,
        data.map((item) => ({ data: item })),
        { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) },
      );
    },
    enqueue: async (tx, name, data, sendOptions = {}) => {
      assertDeclared(name);
      await boss.send(name, data, {
        ...sendOptions,
        db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql),
      });
    },
    work: async <T extends object>(name: string, handler: (data: T) => Promise<void>) => {
      await declare(name);
      handlers.set(name, handler as (data: object) => Promise<void>);
      if (!options.workers) return;
      await boss.work<T>(name, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    },
    runDue: async (name) => {
      const handler = handlers.get(name);
      if (!handler) throw new Error(`No handler for job queue "${name}"`);
      let ran = 0;
      for (;;) {
        const jobs = await boss.fetch<object>(name, { batchSize: 100 });
        if (jobs.length === 0) return ran;
        for (const job of jobs) {
          try {
            await handler(job.data);
            await boss.complete(name, job.id);
          } catch (error) {
            await boss.fail(name, job.id, { message: (error as Error).message });
          }
          ran += 1;
        }
      }
    },
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
