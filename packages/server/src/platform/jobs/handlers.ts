// Every module's background handlers, registered by `serve` and by `worker` alike.
import { registerPlatformJobs } from "../../modules/platform/jobs.ts";
import { registerResponseJobs } from "../../modules/responses/jobs.ts";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import type { JobQueue } from "./queue.ts";

export async function registerJobHandlers(jobs: JobQueue, deps: { database: Database; clock: Clock }) {
  await registerPlatformJobs(jobs, deps);
  await registerResponseJobs(jobs, deps);
}
