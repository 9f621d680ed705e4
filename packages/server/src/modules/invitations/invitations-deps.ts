// What the invitations module needs from the process: storage, jobs, time, the secret its link tokens
// derive from, the mail settings and the public address of links.
import type { ResponsesDeps } from "../responses/service.ts";
import type { MailSettings } from "./mailer.ts";

export interface InvitationsDeps extends ResponsesDeps {
  /** The process secret (TOUCHPOINT_SECRET or the data folder's): link tokens are derived from it. */
  secret: string;
  mail: MailSettings;
  /** TOUCHPOINT_PUBLIC_URL; when unset, links use the address the batch was sent from. */
  publicUrl?: string | undefined;
}
