// Background work of the invitations module: sending each email, the reminder schedule (every 15 minutes)
// and the completion check (every minute). Every handler is idempotent.

import { deliverInvitation } from "./deliver-invitation.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import {
  RECONCILE_COMPLETIONS_JOB,
  REMIND_INVITATIONS_JOB,
  SEND_INVITATION_JOB,
  type SendInvitationJob,
} from "./job-names.ts";
import { reconcileCompletions } from "./reconcile-completions.ts";
import { scheduleDueReminders } from "./schedule-reminders.ts";

/** Without the secret (a process that only enqueues) the queues exist but emails cannot be rendered. */
export type InvitationJobsDeps = Omit<InvitationsDeps, "secret"> & { secret?: string | undefined };

export async function registerInvitationJobs(deps: InvitationJobsDeps) {
  const { jobs, secret } = deps;
  await jobs.work<SendInvitationJob>(SEND_INVITATION_JOB, (job) => {
    if (!secret) throw new Error("invitation emails need the process secret: pass it to registerJobHandlers");
    return deliverInvitation({ ...deps, secret }, job);
  });
  await jobs.work(REMIND_INVITATIONS_JOB, async () => {
    await scheduleDueReminders(deps);
  });
  await jobs.work(RECONCILE_COMPLETIONS_JOB, async () => {
    await reconcileCompletions(deps);
  });
  await jobs.boss.schedule(REMIND_INVITATIONS_JOB, "*/15 * * * *");
  await jobs.boss.schedule(RECONCILE_COMPLETIONS_JOB, "* * * * *");
}
