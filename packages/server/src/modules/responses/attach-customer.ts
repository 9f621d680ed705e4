// Attaches responses to customer profiles: the response's customer reference is resolved like every inbound
// record (customers/resolve-customer.ts), the profile is stored on the response, and a completed response's
// NPS, CSAT and CES become the customer's latest scores unless newer ones exist. Idempotent: a response
// already attached is not resolved again, and recording the same scores twice changes nothing.
import type { CustomerReference } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Tx } from "../../platform/db/database.ts";
import { resolveCustomer } from "../customers/resolve-customer.ts";
import { recordLatestScores, scoresOfResponse } from "../customers/scores.ts";
import { findSurveyVersionIn } from "../surveys/service.ts";
import * as repo from "./repo.ts";

/** Inside the caller's transaction (the responses.completed job's); locks the response row first. */
export async function attachToCustomer(tx: Tx, workspaceId: string, responseId: string, now: Date) {
  const row = await repo.lockForAttachment(tx, workspaceId, responseId);
  if (!row) return;
  const reference = row.customer as CustomerReference | null;
  let customerId = row.customerId;
  if (!customerId && reference) {
    const resolution = await resolveCustomer(
      tx,
      workspaceId,
      { reference, source: `response:${responseId}` },
      now,
    );
    // A reference without a usable identity (an invalid email alone) leaves the response anonymous.
    if (!resolution) return;
    customerId = resolution.customerId;
    await repo.setCustomerId(tx, workspaceId, responseId, customerId);
  }
  if (!customerId || row.status !== "completed" || !row.completedAt) return;
  const definition = await findSurveyVersionIn(tx, workspaceId, row.surveyId, row.surveyVersion);
  if (!definition) return;
  const scores = scoresOfResponse(definition, {
    answers: row.answers as Record<string, unknown>,
    hidden: row.hidden as Record<string, string>,
    customer: reference?.attributes ?? {},
  });
  await recordLatestScores(
    tx,
    workspaceId,
    customerId,
    { id: responseId, surveyId: row.surveyId, completedAt: row.completedAt },
    scores,
  );
}

export const ATTACH_PARTIALS_JOB = "responses.attach-partials";
const PARTIALS_BATCH = 100;

export interface PartialSweepOptions {
  /** How long a partial response must have been left alone: one still being answered completes soon. */
  idleMs: number;
  /** How far back to look: a reference that resolves to nobody is not retried for ever. */
  windowMs: number;
}

export const PARTIAL_SWEEP_DEFAULTS: PartialSweepOptions = {
  idleMs: 30 * 60_000,
  windowMs: 7 * 86_400_000,
};

/**
 * Attaches partial responses that were left unfinished: a started-but-abandoned survey is still a
 * touchpoint on the customer's timeline. Completed responses are attached by the responses.completed job;
 * this sweep (every 15 minutes) catches those that never complete, one short transaction each.
 */
export async function attachAbandonedPartials(
  database: Database,
  clock: Clock,
  options: PartialSweepOptions = PARTIAL_SWEEP_DEFAULTS,
): Promise<number> {
  let after: { updatedAt: string; id: string } | undefined;
  let seen = 0;
  for (;;) {
    const batch = await repo.unattachedPartials(database.db, { ...options, limit: PARTIALS_BATCH, after });
    for (const partial of batch) {
      await database.transaction((tx) => attachToCustomer(tx, partial.workspaceId, partial.id, clock.now()));
    }
    seen += batch.length;
    const last = batch.at(-1);
    if (!last || batch.length < PARTIALS_BATCH) return seen;
    after = { updatedAt: last.updatedAt, id: last.id };
  }
}
