// Background work after a response completes. Each handler is idempotent: jobs may run more than once.
import { type CustomerReference, customerKeysOf } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { queueRollup } from "../analytics/queue-rollup.ts";
import { recordContacts } from "../contacts/service.ts";
import { addToResponseCount } from "../surveys/service.ts";
import { TEXT_ENRICH_JOB, type TextEnrichJob } from "../text/enrich-job.ts";
import { ATTACH_PARTIALS_JOB, attachAbandonedPartials, attachToCustomer } from "./attach-customer.ts";
import * as repo from "./repo.ts";

export const RESPONSE_COMPLETED_JOB = "responses.completed";

export interface ResponseCompletedJob {
  workspaceId: string;
  responseId: string;
}

/**
 * Counts the response on its survey exactly once, off the ingestion path so the survey row is not hot; puts
 * a response that names its customer in the contact log (answering a survey on any channel counts against
 * the frequency rules); queues it for the analytics rollups; attaches it to the customer's profile with its
 * scores; and enqueues the analysis of its open texts (text.enrich), which then finds the customer attached.
 * One transaction: all of it happens, or none and the job is retried.
 */
export async function countCompletedResponse(
  deps: { database: Database; clock: Clock; jobs: JobQueue },
  job: ResponseCompletedJob,
) {
  const { database, clock, jobs } = deps;
  await database.transaction(async (tx) => {
    const marked = await repo.markCounted(tx, job.workspaceId, job.responseId);
    if (marked) {
      await addToResponseCount(tx, job.workspaceId, marked.surveyId, 1);
      await queueRollup(tx, jobs, job.workspaceId, job.responseId);
      const customer = marked.customer as CustomerReference | null;
      if (customer && marked.completedAt) {
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
      }
    }
    // Not under `marked`: attaching checks for itself what is done, so a response counted before customers
    // existed is attached when its job runs again.
    await attachToCustomer(tx, job.workspaceId, job.responseId, clock.now());
    // Every time, not only when first counted: a run that attaches the customer late re-analyses with it.
    // A response without open text costs the enrichment one read.
    const enrich: TextEnrichJob = {
      workspaceId: job.workspaceId,
      kind: "response_answer",
      sourceId: job.responseId,
    };
    await jobs.enqueue(tx, TEXT_ENRICH_JOB, enrich);
  });
}

export async function registerResponseJobs(jobs: JobQueue, deps: { database: Database; clock: Clock }) {
  await jobs.work<ResponseCompletedJob>(RESPONSE_COMPLETED_JOB, (job) =>
    countCompletedResponse({ ...deps, jobs }, job),
  );
  await jobs.work(ATTACH_PARTIALS_JOB, async () => {
    await attachAbandonedPartials(deps.database, deps.clock);
  });
  await jobs.boss.schedule(ATTACH_PARTIALS_JOB, "*/15 * * * *");
}
