// The invitations module's job queues and their data.

/** Sends one email: the invitation itself (reminder 0) or its n-th reminder. */
export const SEND_INVITATION_JOB = "invitations.send";
/** Every 15 minutes: enqueues the reminders that are due. */
export const REMIND_INVITATIONS_JOB = "invitations.reminders";
/** Every minute: marks invitations completed whose response has completed. */
export const RECONCILE_COMPLETIONS_JOB = "invitations.reconcile";

export interface SendInvitationJob {
  workspaceId: string;
  invitationId: string;
  reminder: number;
}
