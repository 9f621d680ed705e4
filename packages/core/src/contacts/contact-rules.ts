// Contact-frequency rules: whom a survey may ask now, whatever the channel. The workspace's window ("at
// most one survey per customer per 30 days") counts every survey and channel; a survey's own
// `doNotAskAgainDays` sets how long the same survey waits before asking the same customer again.
// Customers are named by keys derived from what a channel knows of them (external id, email, phone), so
// that an invitation by email and a widget survey shown to an identified visitor count against each other.
// A survey's own window replaces the workspace's for that survey, so a transactional survey can ask again
// after 7 days while other surveys still wait out the workspace's 30.
import { z } from "zod";
import type { CustomerReference } from "../surveys/api.ts";

export const DEFAULT_CONTACT_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

export const contactPolicySchema = z.strictObject({
  /** Days during which a customer asked by any survey is not asked by another; 0 turns the rule off. */
  windowDays: z.number().int().min(0).max(365),
});
export type ContactPolicy = z.infer<typeof contactPolicySchema>;

export const CONTACT_KINDS = ["invited", "shown", "responded"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Why a customer is not asked: another survey within the workspace's window, or this one within its own. */
export const CONTACT_HOLD_REASONS = ["recently_contacted", "recently_asked"] as const;
export type ContactHoldReason = (typeof CONTACT_HOLD_REASONS)[number];

export const contactHoldSchema = z.object({
  reason: z.enum(CONTACT_HOLD_REASONS),
  /** The earlier contact that holds the customer back. */
  surveyId: z.uuid(),
  channel: z.string(),
  kind: z.enum(CONTACT_KINDS),
  at: z.iso.datetime(),
  /** When the customer may be asked again. */
  until: z.iso.datetime(),
});
export type ContactHold = z.infer<typeof contactHoldSchema>;

export interface EarlierContact {
  surveyId: string;
  channel: string;
  kind: ContactKind;
  at: Date;
}

export interface ContactRequest {
  surveyId: string;
  /** The survey's `doNotAskAgainDays`, when it sets one. */
  surveyDays: number | undefined;
  now: Date;
}

/** The keys a customer is known by; the same person reached by email and by id shares no key until the
 *  customers module links them, but each channel's own key still holds them back on that channel. */
export function customerKeysOf(ref: Pick<CustomerReference, "externalId" | "email" | "phone">): string[] {
  const keys: string[] = [];
  const id = ref.externalId?.trim();
  if (id) keys.push(`id:${id}`);
  const email = ref.email?.trim().toLowerCase();
  if (email) keys.push(`email:${email}`);
  const phone = ref.phone?.replace(/[^\d+]/g, "");
  if (phone && /\d{6,}/.test(phone)) keys.push(`phone:${phone}`);
  return keys;
}

/** How far back an earlier contact can still count. */
export function contactLookBack(policy: ContactPolicy, request: ContactRequest): Date {
  const days = Math.max(policy.windowDays, request.surveyDays ?? 0);
  return new Date(request.now.getTime() - days * DAY_MS);
}

/** The earlier contact that holds the customer back the longest, or null when the survey may ask. */
export function contactHold(
  policy: ContactPolicy,
  request: ContactRequest,
  earlier: readonly EarlierContact[],
): ContactHold | null {
  let hold: ContactHold | null = null;
  for (const contact of earlier) {
    const same = contact.surveyId === request.surveyId;
    const days = same ? (request.surveyDays ?? policy.windowDays) : policy.windowDays;
    const until = contact.at.getTime() + days * DAY_MS;
    if (until <= request.now.getTime() || (hold && until <= Date.parse(hold.until))) continue;
    hold = {
      reason: same ? "recently_asked" : "recently_contacted",
      surveyId: contact.surveyId,
      channel: contact.channel,
      kind: contact.kind,
      at: contact.at.toISOString(),
      until: new Date(until).toISOString(),
    };
  }
  return hold;
}
