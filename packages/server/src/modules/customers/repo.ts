// The SQL of customer profiles and their identities.
import { type AttributeDefinition, type Customer, foldForSearch, type Preferences } from "@touchpoint/core";
import { and, asc, eq, gt, inArray, isNull, like, or, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { AuditActor } from "../platform/caller.ts";
import { type Identity, identityKey } from "./identities.ts";
import { attributeDefinitions, customerEvents, customerIdentities, customers } from "./schema.ts";

export type CustomerRow = typeof customers.$inferSelect;
type IdentityRow = typeof customerIdentities.$inferSelect;

const byId = (workspaceId: string, id: string) =>
  and(eq(customers.workspaceId, workspaceId), eq(customers.id, id));

/**
 * Serialises resolution per identity: two records naming the same new email wait for each other, so the
 * second finds the customer the first created. Locks are taken in key order, so two records naming the
 * same identities in another order cannot deadlock.
 */
export async function lockIdentities(ex: Executor, workspaceId: string, identities: Identity[]) {
  const keys = [...new Set(identities.map(identityKey))].sort();
  for (const key of keys) {
    await ex.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`customer:${workspaceId}:${key}`}, 0))`,
    );
  }
}

/** Which customer each of these identities belongs to, for those that belong to one. */
export async function identityOwners(ex: Executor, workspaceId: string, identities: Identity[]) {
  if (identities.length === 0) return [];
  return ex
    .select({
      kind: customerIdentities.kind,
      system: customerIdentities.system,
      value: customerIdentities.value,
      customerId: customerIdentities.customerId,
    })
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.workspaceId, workspaceId),
        or(
          ...identities.map((identity) =>
            and(
              eq(customerIdentities.kind, identity.kind),
              eq(customerIdentities.system, identity.system),
              eq(customerIdentities.value, identity.value),
            ),
          ),
        ),
      ),
    );
}

export async function insertIdentities(
  ex: Executor,
  workspaceId: string,
  customerId: string,
  identities: Identity[],
  now: Date,
) {
  if (identities.length === 0) return;
  await ex
    .insert(customerIdentities)
    .values(
      identities.map((identity) => ({ workspaceId, id: newId(), customerId, ...identity, createdAt: now })),
    )
    .onConflictDoNothing();
}

export async function deleteIdentities(
  ex: Executor,
  workspaceId: string,
  customerId: string,
  identities: Identity[],
) {
  for (const identity of identities) {
    await ex
      .delete(customerIdentities)
      .where(
        and(
          eq(customerIdentities.workspaceId, workspaceId),
          eq(customerIdentities.customerId, customerId),
          eq(customerIdentities.kind, identity.kind),
          eq(customerIdentities.system, identity.system),
          eq(customerIdentities.value, identity.value),
        ),
      );
  }
}

export async function identitiesOf(ex: Executor, workspaceId: string, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  return ex
    .select()
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.workspaceId, workspaceId),
        inArray(customerIdentities.customerId, customerIds),
      ),
    )
    .orderBy(asc(customerIdentities.id));
}

export interface NewCustomer {
  workspaceId: string;
  id: string;
  name: string | null;
  language: string | null;
  attributes: Record<string, unknown>;
  tags: string[];
  consent: Customer["consent"];
  preferences: Preferences;
  now: Date;
}

export async function insertCustomer(ex: Executor, customer: NewCustomer) {
  const { now, ...row } = customer;
  await ex.insert(customers).values({ ...row, createdAt: now, updatedAt: now });
}

export async function findCustomerRow(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex.select().from(customers).where(byId(workspaceId, id));
  return row;
}

/** Locks the profile row for a read-modify-write. */
export async function lockCustomerRow(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex.select().from(customers).where(byId(workspaceId, id)).for("update");
  return row;
}

export async function updateCustomerRow(
  ex: Executor,
  workspaceId: string,
  id: string,
  changes: Partial<Omit<CustomerRow, "workspaceId" | "id">>,
) {
  await ex.update(customers).set(changes).where(byId(workspaceId, id));
}

/** Recomputes what search compares from the name and the current identities. */
export async function refreshSearchText(ex: Executor, workspaceId: string, id: string) {
  const row = await findCustomerRow(ex, workspaceId, id);
  if (!row) return;
  const identities = await identitiesOf(ex, workspaceId, [id]);
  await updateCustomerRow(ex, workspaceId, id, { searchText: searchTextOf(row.name, identities) });
}

export function searchTextOf(name: string | null, identities: Pick<IdentityRow, "kind" | "value">[]) {
  const parts = [name ? foldForSearch(name) : ""];
  for (const identity of identities) {
    parts.push(identity.kind === "phone" ? phoneForms(identity.value) : foldForSearch(identity.value));
  }
  return parts.filter(Boolean).join(" | ");
}

/** "+84901234567" is also searched as "0901234567", as people in Vietnam write it. */
const phoneForms = (e164: string) => (e164.startsWith("+84") ? `${e164} 0${e164.slice(3)}` : e164);

export function toCustomer(
  row: CustomerRow,
  identities: Pick<IdentityRow, "kind" | "system" | "value">[],
): Customer {
  return {
    id: row.id,
    name: row.name,
    language: row.language,
    externalIds: identities
      .filter((identity) => identity.kind === "external")
      .map(({ system, value }) => ({ system, value })),
    emails: identities.filter((identity) => identity.kind === "email").map((identity) => identity.value),
    phones: identities.filter((identity) => identity.kind === "phone").map((identity) => identity.value),
    attributes: row.attributes as Customer["attributes"],
    tags: row.tags as string[],
    consent: row.consent as Customer["consent"],
    preferences: row.preferences as Preferences,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    mergedInto: row.mergedInto,
    erasedAt: row.erasedAt?.toISOString() ?? null,
  };
}

export async function findCustomer(
  ex: Executor,
  workspaceId: string,
  id: string,
): Promise<Customer | undefined> {
  const row = await findCustomerRow(ex, workspaceId, id);
  if (!row) return undefined;
  return toCustomer(row, await identitiesOf(ex, workspaceId, [id]));
}

export interface CustomerQuery {
  /** Text folded like search_text: part of a name (with or without diacritics), an email, a phone, an id. */
  q?: string | undefined;
  tag?: string | undefined;
  /** Further SQL conditions on the customers table (a segment's). */
  where?: ReturnType<typeof sql> | undefined;
  cursor?: string | undefined;
  limit: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Live customers (neither merged nor erased), oldest first by id, one page. */
export async function listCustomers(ex: Executor, workspaceId: string, query: CustomerQuery) {
  const rows = await ex
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.workspaceId, workspaceId),
        isNull(customers.mergedInto),
        isNull(customers.erasedAt),
        query.q ? like(customers.searchText, `%${escapeLike(query.q)}%`) : undefined,
        query.tag ? sql`${customers.tags} @> ${JSON.stringify([query.tag])}::jsonb` : undefined,
        query.where,
        query.cursor ? gt(customers.id, query.cursor) : undefined,
      ),
    )
    .orderBy(asc(customers.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const identities = Map.groupBy(
    await identitiesOf(
      ex,
      workspaceId,
      page.map((row) => row.id),
    ),
    (identity) => identity.customerId,
  );
  return {
    items: page.map((row) => toCustomer(row, identities.get(row.id) ?? [])),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function insertCustomerEvent(
  ex: Executor,
  event: {
    workspaceId: string;
    customerId: string;
    kind: string;
    data: Record<string, unknown>;
    actor: AuditActor | { type: "record"; source: string } | null;
    occurredAt: Date;
  },
) {
  await ex.insert(customerEvents).values({ id: newId(), ...event });
}

// Attribute definitions

export async function listAttributeDefinitions(
  ex: Executor,
  workspaceId: string,
): Promise<AttributeDefinition[]> {
  const rows = await ex
    .select()
    .from(attributeDefinitions)
    .where(eq(attributeDefinitions.workspaceId, workspaceId))
    .orderBy(asc(attributeDefinitions.key));
  return rows.map((row) => ({
    key: row.key,
    label: row.label as AttributeDefinition["label"],
    type: row.type as AttributeDefinition["type"],
  }));
}

export async function upsertAttributeDefinition(
  ex: Executor,
  workspaceId: string,
  definition: AttributeDefinition,
  now: Date,
) {
  await ex
    .insert(attributeDefinitions)
    .values({ workspaceId, ...definition, createdAt: now })
    .onConflictDoUpdate({
      target: [attributeDefinitions.workspaceId, attributeDefinitions.key],
      set: { label: definition.label, type: definition.type },
    });
}

export async function deleteAttributeDefinition(ex: Executor, workspaceId: string, key: string) {
  const rows = await ex
    .delete(attributeDefinitions)
    .where(and(eq(attributeDefinitions.workspaceId, workspaceId), eq(attributeDefinitions.key, key)))
    .returning({ key: attributeDefinitions.key });
  return rows.length > 0;
}
