// Background jobs on pg-boss in the system-of-record database. Jobs are written to an outbox table inside
// the caller's transaction (a rolled-back write enqueues nothing, a committed one always enqueues) and a
// relay moves them to pg-boss in batches: one small insert on the write path instead of pg-boss's own.
import { asc, inArray, sql } from "drizzle-orm";
import { type DrizzleTransactionLike, fromDrizzle, type JobResult, PgBoss } from "pg-boss";
import type { Database, Tx } from "../db/database.ts";
import { newId } from "../ids.ts";
import { jobOutbox } from "./schema.ts";

export interface JobQueue {
  readonly boss: PgBoss;
  /**
   * Creates a queue once, at start-up. It must not happen while enqueueing: on PGlite an open transaction
   * holds the only connection, so pg-boss's call outside it would wait for it forever.
   */
  declare(name: string): Promise<void>;
  /** Enqueues `name` as part of `tx`; the job exists exactly when the transaction commits. */
  enqueue(tx: Tx, name: string, data: object, options?: { singletonKey?: string }): Promise<void>;
  /** Enqueues many jobs of one queue in one statement, as part of `tx`. */
  enqueueMany(tx: Tx, name: string, data: object[]): Promise<void>;
  /** Moves committed outbox rows to pg-boss; returns how many moved. Runs by itself in processes with workers. */
  relay(): Promise<number>;
  /**
   * Declares a queue and its handler; in a process with workers the handler receives jobs, retried with
   * backoff and kept as failed after the last try (every handler must therefore be idempotent).
   */
  work<T extends object>(name: string, handler: (data: T) => Promise<void>): Promise<void>;
  /** Relays, then runs the jobs that are due now in this process; for tests and one-off catch-up. */
  runDue(name: string): Promise<number>;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** Fetch jobs and relay the outbox in this process (serve, worker); false for processes that only enqueue. */
  workers: boolean;
  onError: (error: Error) => void;
}

const RELAY_BATCH = 500;
const RELAY_INTERVAL_MS = 250;

export async function startJobQueue(database: Database, options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({ ...database.jobs, supervise: options.workers, schedule: options.workers });
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

  /** One batch: rows are deleted and inserted into pg-boss in one transaction, so a job is moved exactly once. */
  const relayBatch = () =>
    database.transaction(async (tx) => {
      const picked = tx
        .select({ id: jobOutbox.id })
        .from(jobOutbox)
        .orderBy(asc(jobOutbox.id))
        .limit(RELAY_BATCH)
        .for("update", { skipLocked: true });
      const rows = await tx.delete(jobOutbox).where(inArray(jobOutbox.id, picked)).returning();
      const byQueue = Map.groupBy(rows, (row) => row.queue);
      for (const [queue, jobs] of byQueue) {
        await boss.insert(
          queue,
          jobs.map((job) => ({
            data: job.data as object,
            ...(job.singletonKey ? { singletonKey: job.singletonKey } : {}),
          })),
          { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) },
        );
      }
      return rows.length;
    });
  const relay = async () => {
    let moved = 0;
    for (let batch = await relayBatch(); batch > 0; batch = await relayBatch()) moved += batch;
    return moved;
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const relayLoop = async () => {
    try {
      await relay();
    } catch (error) {
      options.onError(error as Error);
    }
    if (!stopped) timer = setTimeout(relayLoop, RELAY_INTERVAL_MS);
  };
  if (options.workers) timer = setTimeout(relayLoop, RELAY_INTERVAL_MS);

  return {
    boss,
    declare,
    relay,
    enqueue: async (tx, name, data, enqueueOptions = {}) => {
      assertDeclared(name);
      await tx
        .insert(jobOutbox)
        .values({ id: newId(), queue: name, data, singletonKey: enqueueOptions.singletonKey ?? null });
    },
    enqueueMany: async (tx, name, data) => {
      assertDeclared(name);
      if (data.length === 0) return;
      await tx.insert(jobOutbox).values(data.map((item) => ({ id: newId(), queue: name, data: item })));
    },
    work: async <T extends object>(name: string, handler: (data: T) => Promise<void>) => {
      await declare(name);
      handlers.set(name, handler as (data: object) => Promise<void>);
      if (!options.workers) return;
      // Batches of 50, fetched back to back while the backlog lasts; each job settles on its own, so one
      // failing job is retried without dragging the rest of its batch along.
      await boss.work<T>(
        name,
        { batchSize: 50, burstWhenBatchFull: true, pollingIntervalSeconds: 1, perJobResults: true },
        async (jobs) => {
          const results: JobResult[] = [];
          for (const job of jobs) {
            try {
              await handler(job.data);
              results.push({ id: job.id, status: "completed" });
            } catch (error) {
              options.onError(error as Error);
              results.push({ id: job.id, status: "failed", output: { message: (error as Error).message } });
            }
          }
          return results;
        },
      );
    },
    runDue: async (name) => {
      const handler = handlers.get(name);
      if (!handler) throw new Error(`No handler for job queue "${name}"`);
      await relay();
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
      stopped = true;
      clearTimeout(timer);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
