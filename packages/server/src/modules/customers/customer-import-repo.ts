// The SQL of a customer import batch: a constant number of statements per batch whatever its size. Each
// statement takes its rows as one JSON parameter (jsonb_to_recordset), which both engines read fast and
// which keeps the parameter count at one however many rows there are.
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { type Identity, identityKey } from "./identities.ts";
import { customers } from "./schema.ts";

async function rowsOf<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Takes the advisory locks online resolution takes (repo.lockIdentities: the same key text, hashed the same
 * way, in the same order) for every identity of the batch, in one statement. A record resolved online
 * meanwhile waits for the batch to commit and then finds the customers the batch created, and the reverse.
 */
export async function lockIdentitiesOfBatch(ex: Executor, workspaceId: string, identities: Identity[]) {
  const keys = [...new Set(identities.map(identityKey))]
    .sort()
    .map((key) => `customer:${workspaceId}:${key}`);
  if (keys.length === 0) return;
  await ex.execute(sql`
    select count(*) from (
      select pg_advisory_xact_lock(hashtextextended(k, 0))
      from unnest(${sql.param(keys)}::text[]) with ordinality as t(k, n)
      order by n
    ) locked`);
}

/** The owner of each of these identities that has one. */
export function ownersOfBatch(ex: Executor, workspaceId: string, identities: Identity[]) {
  if (identities.length === 0) return Promise.resolve([]);
  return rowsOf<Identity & { customerId: string }>(
    ex,
    sql`
      select i.kind, i.system, i.value, i.customer_id as "customerId"
      from jsonb_to_recordset(${JSON.stringify(identities)}::jsonb) as v(kind text, system text, value text)
      join customer_identities i
        on i.workspace_id = ${workspaceId}::uuid and i.kind = v.kind and i.system = v.system and i.value = v.value`,
  );
}

/** Locks the profiles the batch will change, in id order (so two imports cannot deadlock on them). */
export function lockCustomersOfBatch(ex: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.id, ids)))
    .orderBy(asc(customers.id))
    .for("update");
}

export interface ProfileRow {
  id: string;
  name: string | null;
  language: string | null;
  attributes: Record<string, unknown>;
  tags: string[];
  consent: Record<string, unknown>;
  preferences: Record<string, unknown>;
  search_text: string;
}

const PROFILE_COLUMNS = sql.raw(
  "id uuid, name text, language text, attributes jsonb, tags jsonb, consent jsonb, preferences jsonb, search_text text",
);

export async function insertCustomersOfBatch(
  ex: Executor,
  workspaceId: string,
  rows: ProfileRow[],
  now: Date,
) {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into customers
      (workspace_id, id, name, language, attributes, tags, consent, preferences, search_text, created_at, updated_at)
    select ${workspaceId}::uuid, v.id, v.name, v.language, v.attributes, v.tags, v.consent, v.preferences,
      v.search_text, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${PROFILE_COLUMNS})`);
}

export async function updateCustomersOfBatch(
  ex: Executor,
  workspaceId: string,
  rows: ProfileRow[],
  now: Date,
) {
  if (rows.length === 0) return;
  await ex.execute(sql`
    update customers c set name = v.name, language = v.language, attributes = v.attributes, tags = v.tags,
      consent = v.consent, preferences = v.preferences, search_text = v.search_text,
      updated_at = ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${PROFILE_COLUMNS})
    where c.workspace_id = ${workspaceId}::uuid and c.id = v.id`);
}

/** Inserts the identities; returns how many were new (fewer than given means another writer got there). */
export async function insertIdentitiesOfBatch(
  ex: Executor,
  workspaceId: string,
  identities: (Identity & { id: string; customerId: string })[],
  now: Date,
) {
  if (identities.length === 0) return 0;
  const inserted = await rowsOf<{ id: string }>(
    ex,
    sql`
      insert into customer_identities (workspace_id, id, customer_id, kind, system, value, created_at)
      select ${workspaceId}::uuid, v.id, v."customerId", v.kind, v.system, v.value, ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(identities)}::jsonb)
        as v(id uuid, "customerId" uuid, kind text, system text, value text)
      on conflict do nothing
      returning id`,
  );
  return inserted.length;
}

export interface BatchEvent {
  id: string;
  customerId: string;
  kind: string;
  data: Record<string, unknown>;
  actor: { type: "record"; source: string };
}

export async function insertEventsOfBatch(
  ex: Executor,
  workspaceId: string,
  events: BatchEvent[],
  now: Date,
) {
  if (events.length === 0) return;
  await ex.execute(sql`
    insert into customer_events (workspace_id, id, customer_id, kind, data, actor, occurred_at)
    select ${workspaceId}::uuid, v.id, v."customerId", v.kind, v.data, v.actor, ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
      as v(id uuid, "customerId" uuid, kind text, data jsonb, actor jsonb)`);
}
