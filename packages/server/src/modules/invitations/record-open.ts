// Use case: the email's tracking pixel was loaded — the invitation is opened (images may be blocked, so
// an invitation can also be started without ever being opened).
import { findInvitationByToken } from "./find-by-token.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import * as repo from "./repo.ts";

export async function recordOpen(deps: Pick<InvitationsDeps, "database" | "clock">, token: string) {
  const invitation = await findInvitationByToken(deps, token);
  if (invitation)
    await repo.markOpened(deps.database.db, invitation.workspaceId, invitation.id, deps.clock.now());
}
