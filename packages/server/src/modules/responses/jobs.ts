// Background work after a response completes. Each handler is idempotent: jobs may run more than once.
import { type CustomerReference, customerKeysOf } from "@touchpoint/core";
import type { Database } from "../../platform/db/database.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { recordContacts } from "../contacts/service.ts";
import { addToResponseCount } from "../surveys/service.ts";
import * as repo from "./repo.ts";

export const RESPONSE_COMPLETED_JOB = "responses.completed";

export interface ResponseCompletedJob {
  workspaceId: string;
  responseId: string;
}

/**
 * Counts the response on its survey exactly once, off the ingestion path so the survey row is not hot, and
 * puts a response that names its customer in the contact log: answering a survey on any channel counts
 * against the frequency rules.
 */
export async function countCompletedResponse(database: Database, job: ResponseCompletedJob) {
  await database.transaction(async (tx) => {
    const marked = await repo.markCounted(tx, job.workspaceId, job.responseId);
    if (!marked) return;
    await addToResponseCount(tx, job.workspaceId, marked.surveyId, 1);
    const customer = marked.customer as CustomerReference | null;
    if (!customer || !marked.completedAt) return;
    await recordContacts(tx, job.workspaceId, [
      {
        keys: customerKeysOf(customer),
        surveyId: marked.surveyId,
        channel: marked.channel,
        kind: "responded",
        source: `response:${job.responseId}`,
        at: marked.completedAt,
      },
    ]);
  });
}

export async function registerResponseJobs(jobs: JobQueue, deps: { database: Database }) {
  await jobs.work<ResponseCompletedJob>(RESPONSE_COMPLETED_JOB, (job) =>
    countCompletedResponse(deps.database, job),
  );
}
