// Job handler (every 15 minutes): claims the reminders that are due and enqueues one send job for each,
// in one transaction per batch of 500, so a reminder is enqueued once however often the job runs.
import type { InvitationsDeps } from "./invitations-deps.ts";
import { SEND_INVITATION_JOB, type SendInvitationJob } from "./job-names.ts";
import * as repo from "./repo.ts";

const CLAIM_BATCH = 500;

/** Returns how many reminders were enqueued. */
export async function scheduleDueReminders(deps: Pick<InvitationsDeps, "database" | "jobs" | "clock">) {
  let enqueued = 0;
  for (;;) {
    const claimed = await deps.database.transaction(async (tx) => {
      const due = await repo.claimDueReminders(tx, deps.clock.now(), CLAIM_BATCH);
      await deps.jobs.enqueueMany(
        tx,
        SEND_INVITATION_JOB,
        due.map(
          (row): SendInvitationJob => ({
            workspaceId: row.workspaceId,
            invitationId: row.id,
            reminder: row.remindersSent + 1,
          }),
        ),
      );
      return due.length;
    });
    enqueued += claimed;
    if (claimed < CLAIM_BATCH) return enqueued;
  }
}
