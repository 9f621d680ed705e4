// Reading sends back: the batches of a survey, one batch with its invitations counted per status, and
// the invitations of a batch filtered by status.

import type { InvitationBatch, InvitationStatus, StatusCounts } from "@touchpoint/core";
import { NotFoundError } from "../../platform/errors.ts";
import { findSurveyIn } from "../surveys/service.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import * as repo from "./repo.ts";

type Deps = Pick<InvitationsDeps, "database">;

export function toBatch(row: repo.BatchRow, statusCounts: StatusCounts): InvitationBatch {
  return {
    id: row.id,
    surveyId: row.surveyId,
    channel: "email",
    subject: (row.subject as Record<string, string> | null) ?? null,
    message: (row.message as Record<string, string> | null) ?? null,
    reminders: { count: row.reminderCount, intervalHours: row.reminderIntervalHours },
    createdBy: { id: row.createdById, label: row.createdByLabel },
    counts: {
      recipients: row.recipientCount,
      queued: row.queuedCount,
      suppressed: row.suppressedCount,
      duplicates: row.duplicateCount,
      invalid: row.invalidCount,
    },
    statusCounts,
    createdAt: row.createdAt.toISOString(),
  };
}

async function batchRow(deps: Deps, workspaceId: string, batchId: string) {
  const row = await repo.findBatch(deps.database.db, workspaceId, batchId);
  if (!row) throw new NotFoundError("Invitation batch");
  return row;
}

export async function getBatch(deps: Deps, workspaceId: string, batchId: string): Promise<InvitationBatch> {
  const row = await batchRow(deps, workspaceId, batchId);
  const counts = await repo.statusCountsOf(deps.database.db, workspaceId, [row.id]);
  return toBatch(row, counts.get(row.id) as StatusCounts);
}

export async function listBatches(
  deps: Deps,
  workspaceId: string,
  surveyId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  if (!(await findSurveyIn(deps.database.db, workspaceId, surveyId))) throw new NotFoundError("Survey");
  const { items, nextCursor } = await repo.listBatches(deps.database.db, workspaceId, surveyId, page);
  const counts = await repo.statusCountsOf(
    deps.database.db,
    workspaceId,
    items.map((row) => row.id),
  );
  return { items: items.map((row) => toBatch(row, counts.get(row.id) as StatusCounts)), nextCursor };
}

export async function listInvitations(
  deps: Deps,
  workspaceId: string,
  batchId: string,
  page: { cursor?: string | undefined; limit: number; status?: InvitationStatus | undefined },
) {
  await batchRow(deps, workspaceId, batchId);
  return repo.listInvitations(deps.database.db, workspaceId, batchId, page);
}
