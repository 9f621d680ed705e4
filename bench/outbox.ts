// Cost of the transactional outbox on the write path: single-row transactions that also enqueue a job,
// against the same transactions without the job. Run: node bench/outbox.ts
import { sql } from "drizzle-orm";
import { newId } from "../packages/server/src/platform/ids.ts";
import { startJobQueue } from "../packages/server/src/platform/jobs/queue.ts";
import { createTestDatabase, type Engine } from "../packages/server/src/testing/test-database.ts";
import { measure, round } from "./measure.ts";

const OPERATIONS = Number(process.env.BENCH_OPERATIONS ?? 1000);
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const engines: Engine[] = process.env.BENCH_DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];

for (const engine of engines) {
  const testDb = await createTestDatabase(engine);
  const { database } = testDb;
  const queue = await startJobQueue(database, { workers: false, onError: (error) => console.error(error) });
  await queue.declare("bench.outbox");
  const workspaceId = newId();
  const insert = (tx: Parameters<Parameters<typeof database.transaction>[0]>[0]) =>
    tx.execute(sql`insert into audit_log (workspace_id, id, actor_type, actor_label, action, target_type)
                   values (${workspaceId}, ${newId()}, 'system', 'bench', 'bench.write', 'bench')`);
  const plain = await measure("write in a transaction (baseline)", OPERATIONS, () =>
    database.transaction(insert),
  );
  const withJob = await measure("write + enqueued job in the same transaction", OPERATIONS, () =>
    database.transaction(async (tx) => {
      await insert(tx);
      await queue.enqueue(tx, "bench.outbox", { n: 1 });
    }),
  );
  console.log(
    JSON.stringify({
      bench: "outbox",
      engine,
      plain,
      withJob,
      slowdown: round(plain.perSecond / withJob.perSecond),
    }),
  );
  await queue.stop();
  await testDb.dispose();
}
