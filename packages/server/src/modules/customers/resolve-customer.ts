// Identity resolution: every inbound record (a survey response, an interaction, an import row) names its
// customer by external id, email or phone; it resolves to the customer the first of those belongs to, in
// that order, and creates one when none does. A record naming two different customers is not a guess:
// it goes to the first and leaves a merge suggestion for a person to decide.
import type { AttributeDefinition, CustomerReference } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { applyAttributes, fittingAttributes } from "./attributes.ts";
import { type Identity, identitiesOfReference, identityKey } from "./identities.ts";
import * as repo from "./repo.ts";
import { suggestMerge } from "./suggestions-repo.ts";

export interface InboundRecord {
  reference: CustomerReference;
  /** What the record is ("response:<id>", "interaction:<id>", "import:<file>:<line>"), for the timeline. */
  source: string;
}

export interface Resolution {
  customerId: string;
  created: boolean;
}

/**
 * Resolves the record's customer inside the caller's transaction. Null when the reference names no usable
 * identity (an invalid email alone, say): such a record stays anonymous.
 */
export async function resolveCustomer(
  tx: Executor,
  workspaceId: string,
  record: InboundRecord,
  now: Date,
  definitions?: AttributeDefinition[],
): Promise<Resolution | null> {
  const { identities } = identitiesOfReference(record.reference);
  if (identities.length === 0) return null;
  await repo.lockIdentities(tx, workspaceId, identities);
  const owners = new Map(
    (await repo.identityOwners(tx, workspaceId, identities)).map((owner) => [
      identityKey(owner),
      owner.customerId,
    ]),
  );
  const matched = [...new Set(identities.flatMap((identity) => owners.get(identityKey(identity)) ?? []))];
  const attributes = fittingAttributes(
    definitions ?? (await repo.listAttributeDefinitions(tx, workspaceId)),
    record.reference.attributes,
  );
  const unclaimed = identities.filter((identity) => !owners.has(identityKey(identity)));
  const [chosen, ...others] = matched;
  if (!chosen) {
    const id = newId();
    await repo.insertCustomer(tx, {
      workspaceId,
      id,
      name: record.reference.name?.normalize("NFC") ?? null,
      language: record.reference.language ?? null,
      attributes,
      tags: [],
      consent: {},
      preferences: {},
      now,
    });
    await repo.insertIdentities(tx, workspaceId, id, identities, now);
    await repo.refreshSearchText(tx, workspaceId, id);
    await repo.insertCustomerEvent(tx, {
      workspaceId,
      customerId: id,
      kind: "created",
      data: { identities: identities.map(describe) },
      actor: { type: "record", source: record.source },
      occurredAt: now,
    });
    return { customerId: id, created: true };
  }
  for (const other of others) {
    await suggestMerge(
      tx,
      workspaceId,
      chosen,
      other,
      {
        source: record.source,
        identities: identities.map(describe),
      },
      now,
    );
  }
  await fillProfile(tx, workspaceId, chosen, record, unclaimed, attributes, now);
  return { customerId: chosen, created: false };
}

const describe = (identity: Identity) =>
  identity.kind === "external" ? `${identity.system}:${identity.value}` : identity.value;

/** Adds what the record knows that the profile does not: new identities, a missing name or language. */
async function fillProfile(
  tx: Executor,
  workspaceId: string,
  customerId: string,
  record: InboundRecord,
  unclaimed: Identity[],
  attributes: Record<string, string | number | boolean | null>,
  now: Date,
) {
  const row = await repo.lockCustomerRow(tx, workspaceId, customerId);
  if (!row) return;
  const changes: Partial<repo.CustomerRow> = {};
  if (!row.name && record.reference.name) changes.name = record.reference.name.normalize("NFC");
  if (!row.language && record.reference.language) changes.language = record.reference.language;
  const current = row.attributes as Record<string, string | number | boolean | null>;
  const changedAttributes = Object.entries(attributes).filter(([key, value]) => current[key] !== value);
  if (changedAttributes.length > 0) changes.attributes = applyAttributes(current, attributes);
  if (Object.keys(changes).length === 0 && unclaimed.length === 0) return;
  await repo.updateCustomerRow(tx, workspaceId, customerId, { ...changes, updatedAt: now });
  await repo.insertIdentities(tx, workspaceId, customerId, unclaimed, now);
  await repo.refreshSearchText(tx, workspaceId, customerId);
  await repo.insertCustomerEvent(tx, {
    workspaceId,
    customerId,
    kind: "updated",
    data: {
      fields: Object.keys(changes),
      identitiesAdded: unclaimed.map(describe),
    },
    actor: { type: "record", source: record.source },
    occurredAt: now,
  });
}
