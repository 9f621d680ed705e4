// The text.enrich job: analyses the open texts of one response or the note of one interaction with
// analyzeText and stores one row per field in text_analyses. Idempotent: a re-run finds the same rows and
// writes nothing; a source that is gone or has no text any more leaves no rows.
import { analyzeText, TEXT_ANALYSIS_VERSION } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { findInteractionNote } from "../customers/interactions-service.ts";
import { openTextsOfResponse } from "../responses/open-texts.ts";
import { replaceSourceAnalyses } from "./analyses-repo.ts";
import { TEXT_ENRICH_JOB, type TextEnrichJob } from "./enrich-job.ts";

interface SourceTexts {
  customerId: string | null;
  occurredAt: Date;
  texts: { field: string; text: string }[];
}

async function readSource(ex: Executor, job: TextEnrichJob): Promise<SourceTexts | undefined> {
  if (job.kind === "response_answer") {
    const found = await openTextsOfResponse(ex, job.workspaceId, job.sourceId);
    return found && { customerId: found.customerId, occurredAt: found.completedAt, texts: found.texts };
  }
  const found = await findInteractionNote(ex, job.workspaceId, job.sourceId);
  if (!found) return undefined;
  const texts = found.note && found.note.trim() !== "" ? [{ field: "note", text: found.note }] : [];
  return { customerId: found.customerId, occurredAt: found.occurredAt, texts };
}

export async function enrichText(deps: { database: Database; clock: Clock }, job: TextEnrichJob) {
  await deps.database.transaction(async (tx) => {
    const source = await readSource(tx, job);
    // Analysis is CPU only (tens of thousands of texts a second): it runs inside the short transaction.
    const analyses = (source?.texts ?? []).map(({ field, text }) => ({
      id: newId(),
      field,
      analysis: analyzeText(text),
    }));
    await replaceSourceAnalyses(
      tx,
      {
        workspaceId: job.workspaceId,
        kind: job.kind,
        sourceId: job.sourceId,
        customerId: source?.customerId ?? null,
        occurredAt: source?.occurredAt ?? deps.clock.now(),
        modelVersion: TEXT_ANALYSIS_VERSION,
      },
      analyses,
      deps.clock.now(),
    );
  });
}

export async function registerTextJobs(jobs: JobQueue, deps: { database: Database; clock: Clock }) {
  await jobs.work<TextEnrichJob>(TEXT_ENRICH_JOB, (job) => enrichText(deps, job));
}
