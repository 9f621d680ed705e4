// Consent as other modules read it before contacting someone: an address whose customer withdrew consent to
// email (consent.email.granted false) is not emailed, whichever module sends.
import type { Executor } from "../../platform/db/database.ts";
import { emailsWithdrawnFrom } from "./privacy-repo.ts";

/** Which of these addresses (normalised, lower-case) belong to a customer who withdrew consent to email. */
export async function emailsWithoutConsent(ex: Executor, workspaceId: string, emails: string[]) {
  return new Set(await emailsWithdrawnFrom(ex, workspaceId, emails));
}
