// Consent as other modules read it before contacting someone: an address whose customer withdrew consent to
// email (consent.email.granted false) is not emailed, whichever module sends; a visitor whose customer
// withdrew in-app consent is not shown widget surveys.
import type { CustomerReference } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { identitiesOfReference } from "./identities.ts";
import { emailsWithdrawnFrom, withdrewConsent } from "./privacy-repo.ts";
import { identityOwners } from "./repo.ts";

/** Which of these addresses (normalised, lower-case) belong to a customer who withdrew consent to email. */
export async function emailsWithoutConsent(ex: Executor, workspaceId: string, emails: string[]) {
  return new Set(await emailsWithdrawnFrom(ex, workspaceId, emails));
}

/** Whether a customer this reference names (read-only: nobody is created) withdrew consent on `channel`. */
export async function referenceWithdrewConsent(
  ex: Executor,
  workspaceId: string,
  reference: Pick<CustomerReference, "externalId" | "email" | "phone">,
  channel: "in_app" | "email" | "sms" | "phone",
) {
  const owners = await identityOwners(ex, workspaceId, identitiesOfReference(reference).identities);
  return withdrewConsent(ex, workspaceId, [...new Set(owners.map((owner) => owner.customerId))], channel);
}
