// The SQL of the contacts module: the contact log and the workspace's policy.
import { type ContactKind, type ContactPolicy, DEFAULT_CONTACT_WINDOW_DAYS } from "@touchpoint/core";
import { and, eq, gt, inArray } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { contactEvents, contactPolicies } from "./schema.ts";

export interface NewContact {
  keys: string[];
  surveyId: string;
  channel: string;
  kind: ContactKind;
  source: string;
  at: Date;
}

/** Records each contact under each of its keys; a source already recorded is left as it was. */
export async function insertContacts(ex: Executor, workspaceId: string, contacts: NewContact[]) {
  const rows = contacts.flatMap((contact) =>
    contact.keys.map((customerKey) => ({
      workspaceId,
      id: newId(),
      customerKey,
      surveyId: contact.surveyId,
      channel: contact.channel,
      kind: contact.kind,
      source: contact.source,
      occurredAt: contact.at,
    })),
  );
  if (rows.length > 0) await ex.insert(contactEvents).values(rows).onConflictDoNothing();
}

export async function deleteContactsOf(ex: Executor, workspaceId: string, source: string) {
  await ex
    .delete(contactEvents)
    .where(and(eq(contactEvents.workspaceId, workspaceId), eq(contactEvents.source, source)));
}

export async function contactsSince(ex: Executor, workspaceId: string, keys: string[], since: Date) {
  if (keys.length === 0) return [];
  const rows = await ex
    .select({
      customerKey: contactEvents.customerKey,
      surveyId: contactEvents.surveyId,
      channel: contactEvents.channel,
      kind: contactEvents.kind,
      at: contactEvents.occurredAt,
    })
    .from(contactEvents)
    .where(
      and(
        eq(contactEvents.workspaceId, workspaceId),
        inArray(contactEvents.customerKey, keys),
        gt(contactEvents.occurredAt, since),
      ),
    );
  return rows.map((row) => ({ ...row, kind: row.kind as ContactKind }));
}

export async function findPolicy(ex: Executor, workspaceId: string): Promise<ContactPolicy> {
  const [row] = await ex
    .select({ windowDays: contactPolicies.windowDays })
    .from(contactPolicies)
    .where(eq(contactPolicies.workspaceId, workspaceId));
  return { windowDays: row?.windowDays ?? DEFAULT_CONTACT_WINDOW_DAYS };
}

export async function upsertPolicy(ex: Executor, workspaceId: string, policy: ContactPolicy, now: Date) {
  await ex
    .insert(contactPolicies)
    .values({ workspaceId, windowDays: policy.windowDays, updatedAt: now })
    .onConflictDoUpdate({
      target: contactPolicies.workspaceId,
      set: { windowDays: policy.windowDays, updatedAt: now },
    });
}
