// Use case: invite a segment's customers to a live survey by email. The recipients are the customers of
// the segment now that have an email and have granted email consent (the customers module's rule, see
// segment-audience.ts), each with the name and language of their profile; from there it is an ordinary
// send: suppression list, contact-frequency rules and tokens as for a list.
import { invitationSettingsSchema, MAX_RECIPIENTS, type SendInvitationsResult } from "@touchpoint/core";
import { z } from "zod";
import { DomainError } from "../../platform/errors.ts";
import { emailAudienceOfSegment } from "../customers/segment-audience.ts";
import type { Caller } from "../platform/caller.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import type { SourceRecipient } from "./recipient-rows.ts";
import { liveSurvey, sendInvitations } from "./send-invitations.ts";

/** The JSON body of a send to a segment: the settings of any send, and the segment instead of recipients. */
export const sendToSegmentInputSchema = invitationSettingsSchema.extend({
  /** Send to this segment's customers (with an email and granted email consent) instead of a list. */
  segmentId: z.uuid(),
});
export type SendToSegmentInput = z.infer<typeof sendToSegmentInputSchema>;

export async function sendInvitationsToSegment(
  deps: InvitationsDeps,
  caller: Caller,
  surveyId: string,
  request: { input: SendToSegmentInput; linkBase: string },
): Promise<SendInvitationsResult> {
  const { segmentId, ...settings } = request.input;
  // A paused survey or missing SMTP is said before the segment is read.
  await liveSurvey(deps, caller.workspaceId, surveyId);
  const audience = await emailAudienceOfSegment(deps, caller.workspaceId, segmentId, MAX_RECIPIENTS);
  if (audience.recipients.length === 0) {
    const { members, withEmail } = audience;
    throw new DomainError(
      422,
      "no_valid_recipients",
      `None of this segment's ${members} customers can be emailed: ${members - withEmail} have no email, ${withEmail} have not granted email consent.`,
    );
  }
  const recipients = audience.recipients.map(
    ({ email, name, language }, index): SourceRecipient => ({
      row: index + 1,
      input: { email, ...(name ? { name } : {}), ...(language ? { language } : {}) },
    }),
  );
  return sendInvitations(deps, caller, surveyId, {
    settings,
    recipients,
    linkBase: request.linkBase,
    segmentId,
  });
}
