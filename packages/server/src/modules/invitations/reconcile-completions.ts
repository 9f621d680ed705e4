// Job handler (every minute): marks invitations completed whose response has completed on the hosted page,
// read through the responses service. The least recently checked come first, up to 500 a run.
import { recordCompletion } from "./invitation-progress.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import * as repo from "./repo.ts";

const CHECK_BATCH = 500;
/** Invitations untouched for longer (the resume cookie lasts 30 days) are checked again only on a click. */
const CHECK_DAYS = 45;

/** Returns how many invitations were found completed. */
export async function reconcileCompletions(deps: Pick<InvitationsDeps, "database" | "jobs" | "clock">) {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - CHECK_DAYS * 24 * 60 * 60 * 1000);
  const started = await deps.database.transaction((tx) =>
    repo.claimStartedToCheck(tx, since, now, CHECK_BATCH),
  );
  let completed = 0;
  for (const invitation of started) {
    if (await recordCompletion(deps, invitation)) completed += 1;
  }
  return completed;
}
