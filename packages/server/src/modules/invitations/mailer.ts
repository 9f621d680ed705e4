// Sends one email over SMTP (nodemailer) and sorts failures: permanent (a 5xx reply, never retried),
// a hard bounce (the recipient's address itself refused) or passing (network, 4xx: the queue retries).
import { createTransport } from "nodemailer";
import { DEFAULT_MAIL_FROM } from "../../platform/config.ts";

export interface MailSettings {
  /** smtp:// or smtps:// URL; undefined when SMTP_URL is not set. */
  smtpUrl: string | undefined;
  from: string;
}

export function mailSettingsFrom(config: { smtpUrl?: string | undefined; mailFrom?: string | undefined }) {
  return { smtpUrl: config.smtpUrl, from: config.mailFrom ?? DEFAULT_MAIL_FROM } satisfies MailSettings;
}

export const SMTP_NOT_CONFIGURED = "SMTP_URL is not configured";

export interface OutgoingEmail {
  to: { name: string | null; address: string };
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export type Delivery = { ok: true } | { ok: false; permanent: boolean; bounced: boolean; error: string };

interface SmtpError extends Error {
  responseCode?: number;
  response?: string;
  command?: string;
}

// RFC 3463 addressing statuses that say the mailbox or its domain does not exist (5.1.7/5.1.8, the
// sender's address, are left out): only those put the address on the suppression list.
const BAD_MAILBOX = /\b5\.1\.(1|2|3|6|10)\b/;

export function classifyFailure(error: unknown): Extract<Delivery, { ok: false }> {
  const smtp = error as SmtpError;
  const code = smtp.responseCode;
  // 503 is a bad command sequence (a session in the wrong state), not a refusal of the message.
  const permanent = typeof code === "number" && code >= 500 && code < 600 && code !== 503;
  const bounced = permanent && smtp.command === "RCPT TO" && BAD_MAILBOX.test(smtp.response ?? "");
  return { ok: false, permanent, bounced, error: (smtp.message ?? String(error)).slice(0, 1000) };
}

export async function deliver(settings: MailSettings, email: OutgoingEmail): Promise<Delivery> {
  if (!settings.smtpUrl) return { ok: false, permanent: true, bounced: false, error: SMTP_NOT_CONFIGURED };
  // One connection per message keeps no sockets open between jobs; a pool is the next step for volume.
  const transport = createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  try {
    await transport.sendMail({
      from: settings.from,
      to: email.to.name ? { name: email.to.name, address: email.to.address } : email.to.address,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: email.headers,
    });
    return { ok: true };
  } catch (error) {
    return classifyFailure(error);
  } finally {
    transport.close();
  }
}
