// The text.enrich job: analyses the open texts of one response or the note of one interaction with
// analyzeText, the workspace's taxonomy and trained models, and stores one row per field in text_analyses. Idempotent: a
// re-run finds the same rows and writes nothing; a source that is gone or has no text any more leaves no rows.
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { activeModels } from "./active-models.ts";
import { analyseSource } from "./analyse-source.ts";
import { effectiveTaxonomy } from "./effective-taxonomy.ts";
import { TEXT_ENRICH_JOB, type TextEnrichJob } from "./enrich-job.ts";
import { registerReenrichmentJobs } from "./reenrichment.ts";
import { textSettingsOf } from "./text-settings.ts";

export async function enrichText(deps: { database: Database; clock: Clock }, job: TextEnrichJob) {
  await deps.database.transaction(async (tx) => {
    const taxonomy = await effectiveTaxonomy(tx, job.workspaceId);
    const models = await activeModels(tx, job.workspaceId);
    const { maxTextLength } = await textSettingsOf(tx, job.workspaceId);
    await analyseSource(tx, job, { taxonomy, models, maxTextLength, now: deps.clock.now() });
  });
}

export async function registerTextJobs(jobs: JobQueue, deps: { database: Database; clock: Clock }) {
  await jobs.work<TextEnrichJob>(TEXT_ENRICH_JOB, (job) => enrichText(deps, job));
  await registerReenrichmentJobs(jobs, deps);
}
