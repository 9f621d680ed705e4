// Every module's background handlers, registered by `serve` and by `worker` alike.
import { registerAnalyticsJobs } from "../../modules/analytics/jobs.ts";
import { registerInvitationJobs } from "../../modules/invitations/jobs.ts";
import { mailSettingsFrom } from "../../modules/invitations/mailer.ts";
import { registerPlatformJobs } from "../../modules/platform/jobs.ts";
import { registerResponseJobs } from "../../modules/responses/jobs.ts";
import { registerTextJobs } from "../../modules/text/enrich.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import type { JobQueue } from "./queue.ts";

export async function registerJobHandlers(
  jobs: JobQueue,
  deps: {
    database: Database;
    clock: Clock;
    /** The process secret and mail settings; processes that send email (serve, worker) pass them. */
    secret?: string;
    config?: Partial<Pick<Config, "smtpUrl" | "mailFrom">>;
  },
) {
  await registerPlatformJobs(jobs, deps);
  // Before the responses' handlers: responses.completed enqueues text.enrich, so its queue must exist.
  await registerTextJobs(jobs, deps);
  // Also before the responses' handlers: counting a response queues it for analytics.rollup.
  await registerAnalyticsJobs(jobs, deps);
  await registerResponseJobs(jobs, deps);
  await registerInvitationJobs({ ...deps, jobs, mail: mailSettingsFrom(deps.config ?? {}) });
}
