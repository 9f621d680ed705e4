// How far the respondent got: reads the invitation's response through the responses service and marks
// the invitation completed once that response is complete (or screened out: they answered all we asked).
import { NotFoundError } from "../../platform/errors.ts";
import { getResponse } from "../responses/service.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import * as repo from "./repo.ts";

type Deps = Pick<InvitationsDeps, "database" | "jobs" | "clock">;

export async function responseOfInvitation(
  deps: Deps,
  invitation: { workspaceId: string; surveyId: string; responseId: string | null },
) {
  if (!invitation.responseId) return undefined;
  try {
    return await getResponse(deps, invitation.workspaceId, invitation.surveyId, invitation.responseId);
  } catch (error) {
    // A response deleted since (or never stored) leaves the invitation as it is.
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** Marks the invitation completed when its response is done; true when it is (now or already). */
export async function recordCompletion(
  deps: Deps,
  invitation: { workspaceId: string; id: string; surveyId: string; responseId: string | null },
): Promise<boolean> {
  const response = await responseOfInvitation(deps, invitation);
  if (!response || response.status === "partial") return false;
  const now = deps.clock.now();
  await repo.updateInvitation(
    deps.database.db,
    invitation.workspaceId,
    invitation.id,
    {
      status: "completed",
      completedAt: response.completedAt ? new Date(response.completedAt) : now,
      nextReminderAt: null,
      updatedAt: now,
    },
    ["queued", "sent", "opened", "started", "failed"],
  );
  return true;
}
