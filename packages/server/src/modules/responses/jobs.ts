// Background work after a response completes. Each handler is idempotent: jobs may run more than once.
import type { Database } from "../../platform/db/database.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { addToResponseCount } from "../surveys/service.ts";
import * as repo from "./repo.ts";

export const RESPONSE_COMPLETED_JOB = "responses.completed";

export interface ResponseCompletedJob {
  workspaceId: string;
  responseId: string;
}

/** Counts the response on its survey exactly once, off the ingestion path so the survey row is not hot. */
export async function countCompletedResponse(database: Database, job: ResponseCompletedJob) {
  await database.transaction(async (tx) => {
    const marked = await repo.markCounted(tx, job.workspaceId, job.responseId);
    if (marked) await addToResponseCount(tx, job.workspaceId, marked.surveyId, 1);
  });
}

export async function registerResponseJobs(jobs: JobQueue, deps: { database: Database }) {
  await jobs.work<ResponseCompletedJob>(RESPONSE_COMPLETED_JOB, (job) =>
    countCompletedResponse(deps.database, job),
  );
}
