// Use cases of the unsubscribe link: show what it will do, and do it — the address goes on the workspace's
// suppression list (no survey of the workspace emails it again) and the invitation's reminders stop.
import { newId } from "../../platform/ids.ts";
import { findInvitationByToken, pageLanguage } from "./find-by-token.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import { type LinkPage, renderLinkPage } from "./link-pages.ts";
import * as repo from "./repo.ts";
import * as suppressions from "./suppressions-repo.ts";

export interface LinkPageOutcome {
  status: number;
  html: string;
}

const page = (status: number, linkPage: LinkPage, language: string): LinkPageOutcome => ({
  status,
  html: renderLinkPage(linkPage, language),
});

/** GET: a confirmation button, so mail scanners that follow every link do not unsubscribe anybody. */
export async function showUnsubscribe(
  deps: Pick<InvitationsDeps, "database">,
  token: string,
  acceptLanguage: string | undefined,
): Promise<LinkPageOutcome> {
  const invitation = await findInvitationByToken(deps, token);
  const language = pageLanguage(invitation?.language, acceptLanguage);
  if (!invitation) return page(404, { kind: "notFound" }, language);
  const kind = invitation.status === "unsubscribed" ? "unsubscribed" : "confirmUnsubscribe";
  return page(200, { kind, email: invitation.email }, language);
}

/** POST: from the confirmation page or a mail client's one-click unsubscribe (RFC 8058). */
export async function unsubscribe(
  deps: Pick<InvitationsDeps, "database" | "clock">,
  token: string,
  acceptLanguage: string | undefined,
): Promise<LinkPageOutcome> {
  const invitation = await findInvitationByToken(deps, token);
  const language = pageLanguage(invitation?.language, acceptLanguage);
  if (!invitation) return page(404, { kind: "notFound" }, language);
  const { workspaceId, id, email } = invitation;
  const now = deps.clock.now();
  await deps.database.transaction(async (tx) => {
    await suppressions.addSuppression(tx, {
      workspaceId,
      id: newId(),
      email,
      reason: "unsubscribed",
      invitationId: id,
      createdAt: now,
    });
    await suppressions.stopRemindersTo(tx, workspaceId, email, now);
    // A completed invitation stays completed: the answer counts, only future email stops.
    await repo.updateInvitation(
      tx,
      workspaceId,
      id,
      { status: "unsubscribed", unsubscribedAt: now, nextReminderAt: null, updatedAt: now },
      ["queued", "sent", "opened", "started", "failed"],
    );
  });
  return page(200, { kind: "unsubscribed", email }, language);
}
