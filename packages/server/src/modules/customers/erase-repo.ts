// The SQL of an erasure: personal data taken out of every table that holds some about a customer, rows kept
// wherever counts depend on them. Responses and the contact log belong to other modules; they are written
// here because an erasure must reach every record in one transaction (see docs/customers.md, Privacy).
import { CONSENT_CHANNELS, type Consent } from "@touchpoint/core";
import { and, asc, desc, eq, gt, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { contactEvents } from "../contacts/schema.ts";
import { responses } from "../responses/schema.ts";
import { textAnalyses } from "../text/schema.ts";
import {
  customerEvents,
  customerIdentities,
  customerMerges,
  customers,
  interactions,
  mergeSuggestions,
} from "./schema.ts";

/** What stays of a profile: no name, identities, attributes, tags or preferences; no consent to anything. */
export async function eraseProfiles(ex: Executor, workspaceId: string, ids: string[], now: Date) {
  const refused: Consent = { granted: false, source: "erasure", at: now.toISOString() };
  await ex
    .update(customers)
    .set({
      name: null,
      language: null,
      attributes: {},
      tags: [],
      preferences: {},
      consent: Object.fromEntries(CONSENT_CHANNELS.map((channel) => [channel, refused])),
      searchText: "",
      erasedAt: now,
      updatedAt: now,
    })
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.id, ids)));
}

export async function deleteIdentitiesOf(ex: Executor, workspaceId: string, ids: string[]) {
  const rows = await ex
    .delete(customerIdentities)
    .where(and(eq(customerIdentities.workspaceId, workspaceId), inArray(customerIdentities.customerId, ids)))
    .returning({ id: customerIdentities.id });
  return rows.length;
}

/** Interactions keep what they measure (channel, type, outcome, effort, time), not notes, agent or metadata. */
export async function eraseInteractions(ex: Executor, workspaceId: string, ids: string[]) {
  const rows = await ex
    .update(interactions)
    .set({ note: null, agent: null, metadata: {} })
    .where(and(eq(interactions.workspaceId, workspaceId), inArray(interactions.customerId, ids)))
    .returning({ id: interactions.id });
  return rows.length;
}

/**
 * Text analyses keep what they measure (language, sentiment, topics) for the aggregates, not the
 * keywords and the folded search text, which are the customer's own words.
 */
export async function eraseTextAnalyses(ex: Executor, workspaceId: string, ids: string[]) {
  await ex
    .update(textAnalyses)
    .set({ keywords: [], searchText: null })
    .where(and(eq(textAnalyses.workspaceId, workspaceId), inArray(textAnalyses.customerId, ids)));
}

/** Profile events keep their kind and time (the timeline's shape), not what changed. */
export async function eraseEvents(ex: Executor, workspaceId: string, ids: string[]) {
  const rows = await ex
    .update(customerEvents)
    .set({ data: {} })
    .where(and(eq(customerEvents.workspaceId, workspaceId), inArray(customerEvents.customerId, ids)))
    .returning({ id: customerEvents.id });
  return rows.length;
}

export async function erasureEventOf(ex: Executor, workspaceId: string, customerId: string) {
  const [row] = await ex
    .select({ data: customerEvents.data, occurredAt: customerEvents.occurredAt })
    .from(customerEvents)
    .where(
      and(
        eq(customerEvents.workspaceId, workspaceId),
        eq(customerEvents.customerId, customerId),
        eq(customerEvents.kind, "erased"),
      ),
    )
    .orderBy(desc(customerEvents.occurredAt))
    .limit(1);
  return row;
}

export function responsesToErase(ex: Executor, naming: SQL, after: string | undefined, limit: number) {
  return ex
    .select({
      id: responses.id,
      surveyId: responses.surveyId,
      surveyVersion: responses.surveyVersion,
      answers: responses.answers,
      hidden: responses.hidden,
    })
    .from(responses)
    .where(and(naming, after ? gt(responses.id, after) : undefined))
    .orderBy(asc(responses.id))
    .limit(limit);
}

/** A response keeps its scores, choices and counts; its customer reference and free text go. */
export async function eraseResponse(
  ex: Executor,
  workspaceId: string,
  id: string,
  kept: { answers: Record<string, unknown>; hidden: Record<string, string> },
  now: Date,
) {
  await ex
    .update(responses)
    .set({ customer: null, answers: kept.answers, hidden: kept.hidden, updatedAt: now })
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, id)));
}

/** Suggestions naming these customers lose their evidence (the identities); open ones are dismissed. */
export async function eraseSuggestionsOf(ex: Executor, workspaceId: string, ids: string[], now: Date) {
  const rows = await ex
    .update(mergeSuggestions)
    .set({
      evidence: {},
      status: sql`case when ${mergeSuggestions.status} = 'open' then 'dismissed' else ${mergeSuggestions.status} end`,
      resolvedAt: sql`coalesce(${mergeSuggestions.resolvedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(
      and(
        eq(mergeSuggestions.workspaceId, workspaceId),
        or(inArray(mergeSuggestions.customerId, ids), inArray(mergeSuggestions.otherCustomerId, ids)),
      ),
    )
    .returning({ id: mergeSuggestions.id });
  return rows.length;
}

/** Merge records keep what moved (ids) but not the profile values the merge filled. */
export async function eraseMergeRecords(ex: Executor, workspaceId: string, ids: string[]) {
  const rows = await ex
    .update(customerMerges)
    .set({ survivorBefore: sql`jsonb_set(${customerMerges.survivorBefore}, '{filled}', '{}'::jsonb)` })
    .where(
      and(
        eq(customerMerges.workspaceId, workspaceId),
        or(inArray(customerMerges.survivorId, ids), inArray(customerMerges.mergedId, ids)),
      ),
    )
    .returning({ id: customerMerges.id });
  return rows.length;
}

/** The contact log is keyed by email, phone and id: the person's entries go. */
export async function deleteContactsByKeys(ex: Executor, workspaceId: string, keys: string[]) {
  if (keys.length === 0) return 0;
  const rows = await ex
    .delete(contactEvents)
    .where(and(eq(contactEvents.workspaceId, workspaceId), inArray(contactEvents.customerKey, keys)))
    .returning({ id: contactEvents.id });
  return rows.length;
}
