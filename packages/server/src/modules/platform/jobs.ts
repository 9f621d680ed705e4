// Background work of the platform module: hourly removal of expired sessions and stale login throttles.
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { LOGIN_WINDOW_MS } from "./auth.ts";
import * as repo from "./repo.ts";

export const SESSION_CLEANUP_JOB = "platform.session-cleanup";

export async function cleanUpExpiredLogins(database: Database, clock: Clock) {
  const now = clock.now();
  await repo.deleteExpiredSessions(database.db, now);
  await repo.deleteStaleThrottles(database.db, new Date(now.getTime() - LOGIN_WINDOW_MS));
}

export async function registerPlatformJobs(jobs: JobQueue, deps: { database: Database; clock: Clock }) {
  await jobs.work(SESSION_CLEANUP_JOB, () => cleanUpExpiredLogins(deps.database, deps.clock));
  await jobs.boss.schedule(SESSION_CLEANUP_JOB, "17 * * * *");
}
