// Use cases of customer profiles: create, read (following merges), search, change, and the workspace's
// attribute definitions. Merges, privacy, interactions, segments and personas have their own files.
import {
  type AttributeDefinition,
  type Consent,
  type Customer,
  type CustomerInput,
  type CustomerPatch,
  foldForSearch,
  normalizePhone,
} from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Executor } from "../../platform/db/database.ts";
import { ConflictError, DomainError, type FieldError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { applyAttributes, attributeErrors } from "./attributes.ts";
import { type Identity, identitiesOfInput, identityKey } from "./identities.ts";
import * as repo from "./repo.ts";

export interface CustomersDeps {
  database: Database;
  clock: Clock;
  jobs: JobQueue;
}

export class InvalidCustomerError extends DomainError {
  constructor(errors: FieldError[]) {
    super(422, "invalid_customer", "Some fields of this customer are not valid.", { errors });
  }
}

function consentFrom(input: CustomerInput["consent"], now: Date): Customer["consent"] {
  return Object.fromEntries(
    Object.entries(input ?? {}).map(([channel, given]) => [
      channel,
      { granted: given.granted, source: given.source, at: now.toISOString() } satisfies Consent,
    ]),
  );
}

/** The identities of the input, or a 422 naming each bad one and each one another customer holds. */
async function claimableIdentities(
  ex: Executor,
  workspaceId: string,
  input: Pick<CustomerInput, "externalIds" | "emails" | "phones">,
  customerId: string | null,
) {
  const { identities, errors } = identitiesOfInput(input);
  if (errors.length > 0) throw new InvalidCustomerError(errors);
  await repo.lockIdentities(ex, workspaceId, identities);
  const taken = (await repo.identityOwners(ex, workspaceId, identities)).filter(
    (owner) => owner.customerId !== customerId,
  );
  if (taken.length > 0) {
    const first = taken[0];
    throw new DomainError(
      409,
      "identity_taken",
      `Another customer already has ${first?.value}: merge the two customers instead.`,
      {
        errors: taken.map((owner) => ({
          path: pathOf(input, owner),
          message: `belongs to customer ${owner.customerId}`,
        })),
      },
    );
  }
  return identities;
}

function pathOf(
  input: Pick<CustomerInput, "externalIds" | "emails" | "phones">,
  owner: { kind: string; system: string; value: string },
) {
  const key = identityKey(owner);
  const { identities } = identitiesOfInput(input);
  const kinds = { external: "externalIds", email: "emails", phone: "phones" } as const;
  const sameKind = identities.filter((identity) => identity.kind === owner.kind);
  return `${kinds[owner.kind as Identity["kind"]]}.${sameKind.findIndex((identity) => identityKey(identity) === key)}`;
}

export async function createCustomer(deps: CustomersDeps, caller: Caller, input: CustomerInput) {
  const { workspaceId } = caller;
  const now = deps.clock.now();
  const definitions = await repo.listAttributeDefinitions(deps.database.db, workspaceId);
  const problems = attributeErrors(definitions, input.attributes ?? {});
  if (problems.length > 0) throw new InvalidCustomerError(problems);
  const id = newId();
  await deps.database.transaction(async (tx) => {
    const identities = await claimableIdentities(tx, workspaceId, input, null);
    await repo.insertCustomer(tx, {
      workspaceId,
      id,
      name: input.name ?? null,
      language: input.language ?? null,
      attributes: applyAttributes({}, input.attributes ?? {}),
      tags: [...new Set(input.tags ?? [])],
      consent: consentFrom(input.consent, now),
      preferences: input.preferences ?? {},
      now,
    });
    await repo.insertIdentities(tx, workspaceId, id, identities, now);
    await repo.refreshSearchText(tx, workspaceId, id);
    await repo.insertCustomerEvent(tx, {
      workspaceId,
      customerId: id,
      kind: "created",
      data: {},
      actor: actorOf(caller),
      occurredAt: now,
    });
  });
  return getCustomer(deps, caller, id);
}

export async function getCustomer(deps: Pick<CustomersDeps, "database">, caller: Caller, id: string) {
  const customer = await repo.findCustomer(deps.database.db, caller.workspaceId, id);
  if (!customer) throw new NotFoundError("Customer");
  return customer;
}

export async function listCustomers(
  deps: Pick<CustomersDeps, "database">,
  caller: Caller,
  query: { q?: string | undefined; tag?: string | undefined; cursor?: string | undefined; limit: number },
) {
  return repo.listCustomers(deps.database.db, caller.workspaceId, { ...query, q: searchTerm(query.q) });
}

/** What to look for in search_text: a phone in E.164 when the text is one, otherwise the folded text. */
export function searchTerm(q: string | undefined) {
  const text = q?.trim();
  if (!text) return undefined;
  const phone = /^[+\d\s().-]{6,}$/.test(text) ? normalizePhone(text) : null;
  return phone ?? foldForSearch(text);
}

/**
 * Changes a profile. Given identities lists replace the customer's (an identity another customer holds is a
 * 409: that is a merge); attributes, consent and preferences.other merge key by key; null removes.
 */
export async function updateCustomer(deps: CustomersDeps, caller: Caller, id: string, patch: CustomerPatch) {
  const { workspaceId } = caller;
  const now = deps.clock.now();
  const definitions = await repo.listAttributeDefinitions(deps.database.db, workspaceId);
  const problems = attributeErrors(definitions, patch.attributes ?? {});
  if (problems.length > 0) throw new InvalidCustomerError(problems);
  await deps.database.transaction(async (tx) => {
    // Identity locks before the row lock, the order resolution, merge and erase take them in.
    const known = await repo.identitiesOf(tx, workspaceId, [id]);
    const named = identitiesOfInput(patch).identities;
    await repo.lockIdentities(tx, workspaceId, [...(known as Identity[]), ...named]);
    const row = await repo.lockCustomerRow(tx, workspaceId, id);
    if (!row) throw new NotFoundError("Customer");
    if (row.mergedInto)
      throw new ConflictError(`This customer was merged into ${row.mergedInto}.`, "customer_merged");
    if (row.erasedAt) throw new ConflictError("This customer's data was erased.", "customer_erased");
    const before = repo.toCustomer(row, await repo.identitiesOf(tx, workspaceId, [id]));
    const changes: Partial<repo.CustomerRow> = { updatedAt: now };
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.language !== undefined) changes.language = patch.language;
    if (patch.attributes) changes.attributes = applyAttributes(before.attributes, patch.attributes);
    if (patch.tags) changes.tags = [...new Set(patch.tags)];
    if (patch.consent) changes.consent = { ...before.consent, ...consentFrom(patch.consent, now) };
    if (patch.preferences) {
      changes.preferences = {
        ...before.preferences,
        ...patch.preferences,
        other: { ...before.preferences.other, ...patch.preferences.other },
      };
    }
    const replacesIdentities = patch.externalIds || patch.emails || patch.phones;
    if (replacesIdentities) {
      const wanted = {
        externalIds: patch.externalIds ?? before.externalIds,
        emails: patch.emails ?? before.emails,
        phones: patch.phones ?? before.phones,
      };
      const identities = await claimableIdentities(tx, workspaceId, wanted, id);
      const current = await repo.identitiesOf(tx, workspaceId, [id]);
      const keep = new Set(identities.map(identityKey));
      await repo.deleteIdentities(
        tx,
        workspaceId,
        id,
        current.filter((identity) => !keep.has(identityKey(identity))) as Identity[],
      );
      await repo.insertIdentities(tx, workspaceId, id, identities, now);
    }
    await repo.updateCustomerRow(tx, workspaceId, id, changes);
    await repo.refreshSearchText(tx, workspaceId, id);
    const fields = Object.keys(patch);
    await repo.insertCustomerEvent(tx, {
      workspaceId,
      customerId: id,
      kind: patch.consent ? "consent_changed" : "updated",
      data: { fields, ...(patch.consent ? { consent: patch.consent } : {}) },
      actor: actorOf(caller),
      occurredAt: now,
    });
  });
  return getCustomer(deps, caller, id);
}

// Attribute definitions

export function listAttributes(deps: Pick<CustomersDeps, "database">, caller: Caller) {
  return repo.listAttributeDefinitions(deps.database.db, caller.workspaceId);
}

export async function defineAttribute(deps: CustomersDeps, caller: Caller, definition: AttributeDefinition) {
  await deps.database.transaction(async (tx) => {
    const existing = (await repo.listAttributeDefinitions(tx, caller.workspaceId)).find(
      (candidate) => candidate.key === definition.key,
    );
    if (existing && existing.type !== definition.type) {
      throw new ConflictError(
        `The attribute ${definition.key} is a ${existing.type}; its type cannot change once values may exist.`,
        "attribute_type_fixed",
      );
    }
    await repo.upsertAttributeDefinition(tx, caller.workspaceId, definition, deps.clock.now());
    await audit(
      tx,
      caller,
      existing ? "customers.attribute.update" : "customers.attribute.create",
      definition.key,
      {
        before: existing,
        after: definition,
      },
    );
  });
  return definition;
}

export async function removeAttribute(deps: CustomersDeps, caller: Caller, key: string) {
  await deps.database.transaction(async (tx) => {
    if (!(await repo.deleteAttributeDefinition(tx, caller.workspaceId, key)))
      throw new NotFoundError("Attribute");
    await audit(tx, caller, "customers.attribute.delete", key, {});
  });
}

function audit(
  ex: Executor,
  caller: Caller,
  action: string,
  targetId: string,
  change: { before?: unknown; after?: unknown },
) {
  return recordAudit(ex, caller.workspaceId, actorOf(caller), {
    action,
    targetType: "customer_attribute",
    targetId,
    ...change,
  });
}
