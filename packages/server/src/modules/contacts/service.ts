// Use cases of the contacts module: the workspace's contact policy, and whether a survey may ask a
// customer now (the frequency rules), from the contact log every channel writes to.
import {
  type ContactHold,
  type ContactPolicy,
  type ContactRequest,
  type CustomerReference,
  contactHold,
  contactLookBack,
  customerKeysOf,
} from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import * as repo from "./repo.ts";

export type { NewContact } from "./repo.ts";
export { deleteContactsOf as forgetContacts, insertContacts as recordContacts } from "./repo.ts";

export interface ContactsDeps {
  database: Database;
  clock: Clock;
}

export function contactPolicyOf(ex: Executor, workspaceId: string) {
  return repo.findPolicy(ex, workspaceId);
}

export async function updateContactPolicy(deps: ContactsDeps, caller: Caller, policy: ContactPolicy) {
  await deps.database.transaction(async (tx) => {
    const before = await repo.findPolicy(tx, caller.workspaceId);
    await repo.upsertPolicy(tx, caller.workspaceId, policy, deps.clock.now());
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "contacts.policy.update",
      targetType: "contact_policy",
      targetId: caller.workspaceId,
      before,
      after: policy,
    });
  });
  return policy;
}

/** For each customer, named by its keys, the earlier contact that holds it back from this survey, or null. */
export async function contactHolds(
  ex: Executor,
  workspaceId: string,
  request: ContactRequest,
  customers: string[][],
): Promise<(ContactHold | null)[]> {
  const policy = await repo.findPolicy(ex, workspaceId);
  const keys = [...new Set(customers.flat())];
  const earlier = Map.groupBy(
    await repo.contactsSince(ex, workspaceId, keys, contactLookBack(policy, request)),
    (row) => row.customerKey,
  );
  return customers.map((customerKeys) =>
    contactHold(
      policy,
      request,
      customerKeys.flatMap((key) => earlier.get(key) ?? []),
    ),
  );
}

export interface AskRequest {
  surveyId: string;
  surveyDays: number | undefined;
  channel: string;
  customer: Pick<CustomerReference, "externalId" | "email" | "phone">;
}

/**
 * Whether a survey may be shown to this customer now; when it may, the showing is recorded at once, so
 * the customer's next check, on any channel, sees it. An anonymous visitor (no keys) is never held back
 * here: the browser's own rule is all there is for them.
 */
export async function askCustomer(deps: ContactsDeps, workspaceId: string, ask: AskRequest) {
  const keys = customerKeysOf(ask.customer);
  const now = deps.clock.now();
  return deps.database.transaction(async (tx) => {
    const [hold] = await contactHolds(
      tx,
      workspaceId,
      { surveyId: ask.surveyId, surveyDays: ask.surveyDays, now },
      [keys],
    );
    if (hold) return hold;
    await repo.insertContacts(tx, workspaceId, [
      {
        keys,
        surveyId: ask.surveyId,
        channel: ask.channel,
        kind: "shown",
        source: `shown:${newId()}`,
        at: now,
      },
    ]);
    return null;
  });
}
