// The invitation behind a link's token, and the language of the pages it leads to.
import { chooseLanguage } from "@touchpoint/core";
import { CHROME_LANGUAGES } from "../hosted-page/messages.ts";
import { hashToken, isTokenShaped } from "./invitation-token.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import * as repo from "./repo.ts";

/** Unknown, malformed and never-sent (suppressed) tokens all find nothing. */
export async function findInvitationByToken(deps: Pick<InvitationsDeps, "database">, token: string) {
  if (!isTokenShaped(token)) return undefined;
  const invitation = await repo.findInvitationByTokenHash(deps.database.db, hashToken(token));
  return invitation?.status === "suppressed" ? undefined : invitation;
}

/** The invitation's language when the pages speak it, else the browser's choice between vi and en. */
export function pageLanguage(invitationLanguage: string | undefined, acceptLanguage: string | undefined) {
  return chooseLanguage(
    { languages: [...CHROME_LANGUAGES], defaultLanguage: "vi" },
    { customerLanguage: invitationLanguage, acceptLanguage },
  );
}
