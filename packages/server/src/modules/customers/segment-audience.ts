// A segment as an email audience (invitations "to a segment"): its customers that have an email and have
// granted email consent, read from the database in pages, never more than the caller's cap.
//
// Consent is opt-in: a customer with no email consent on record is left out, like one who withdrew it.
// Decree 13/2023/ND-CP (Art. 11) counts silence as no consent, so a careful team in Vietnam emails only
// those who said yes on record; a team that collected consent elsewhere records it on the profiles first.
import { DomainError } from "../../platform/errors.ts";
import * as segments from "./segment-repo.ts";
import { segmentCondition } from "./segments.ts";
import type { CustomersDeps } from "./service.ts";

const PAGE_SIZE = 1000;

export interface EmailAudience {
  /** Customers of the segment now. */
  members: number;
  /** Of them, those with an email. */
  withEmail: number;
  /** Of those, the ones that granted email consent: the recipients, in customer id order. */
  recipients: { customerId: string; email: string; name: string | null; language: string | null }[];
}

/**
 * The customers of a segment an email may go to. More than `max` of them is a 422 (too_many_recipients)
 * before any is read: a send is never cut short silently.
 */
export async function emailAudienceOfSegment(
  deps: Pick<CustomersDeps, "database" | "clock">,
  workspaceId: string,
  segmentId: string,
  max: number,
): Promise<EmailAudience> {
  const where = await segmentCondition(deps, workspaceId, segmentId);
  const db = deps.database.db;
  const counts = await segments.countEmailAudience(db, where);
  const tooMany = (count: number) =>
    new DomainError(
      422,
      "too_many_recipients",
      `${count} customers of this segment may be emailed; one send takes at most ${max}. Narrow the segment, or split it into segments and send to each.`,
    );
  if (counts.reachable > max) throw tooMany(counts.reachable);
  const recipients: EmailAudience["recipients"] = [];
  let after: string | null = null;
  for (;;) {
    const page = await segments.emailAudiencePage(db, where, after, PAGE_SIZE);
    for (const { id, ...member } of page) recipients.push({ customerId: id, ...member });
    // Customers who joined the segment since it was counted may not push a send over the cap either.
    if (recipients.length > max) throw tooMany(recipients.length);
    if (page.length < PAGE_SIZE) break;
    after = page.at(-1)?.id ?? null;
  }
  return { members: counts.members, withEmail: counts.withEmail, recipients };
}
