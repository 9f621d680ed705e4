// The fast path of a customer import: one batch of rows resolved and stored in one transaction with a fixed
// number of statements. The rules are resolveCustomer's, applied row after row in file order: a row goes to
// the customer its first owned identity names (external id, then email, then phone), or to a new customer;
// a row naming two customers goes to the first and leaves a merge suggestion; identities nobody holds go
// to the row's customer. The batch's identities are locked up front the way online resolution locks them,
// so the owners read at the start stay true until commit and rows of the batch see each other's customers.
import type { ConsentChannel } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import type { FieldError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import {
  applyChange,
  changedFields,
  copyProfile,
  emptyProfile,
  type Profile,
  profileOf,
} from "./customer-import-profile.ts";
import * as batchRepo from "./customer-import-repo.ts";
import type { ImportRow } from "./customer-import-rows.ts";
import { type Identity, identityKey } from "./identities.ts";
import { type CustomerRow, identitiesOf, searchTextOf } from "./repo.ts";
import { suggestMerge } from "./suggestions-repo.ts";

export interface BatchContext {
  workspaceId: string;
  now: Date;
  /** Where consent given in the file was recorded: "import <file name>". */
  consentSource: string;
  /** The record source events and suggestions name, followed by ":<line>": "import:<file name>". */
  recordSource: string;
}

export interface BatchResult {
  /** Rows that created a customer. */
  created: number;
  /** Rows that found their customer and changed it. */
  updated: number;
  /** Rows whose customer already had everything they say. */
  unchanged: number;
  mergeSuggestions: number;
  /** Rows that name a customer who was erased or merged away, by line. */
  errors: { row: number; errors: FieldError[] }[];
}

/** A row's identities named a customer another writer claimed meanwhile: the batch is retried. */
export class IdentityRaceError extends Error {}

/** What the batch does to one customer: its profile before (null when new) and after the batch's rows. */
interface Plan {
  id: string;
  current: Profile | null;
  next: Profile;
  currentSearchText: string;
  firstLine: number;
  identitiesAdded: Identity[];
  consentChanged: Partial<Record<ConsentChannel, { granted: boolean; source: string }>>;
}

const describe = (identity: Identity) =>
  identity.kind === "external" ? `${identity.system}:${identity.value}` : identity.value;

export async function importBatch(
  tx: Executor,
  context: BatchContext,
  rows: ImportRow[],
): Promise<BatchResult> {
  const { workspaceId, now } = context;
  const identities = uniqueIdentities(rows.flatMap((row) => row.identities));
  await batchRepo.lockIdentitiesOfBatch(tx, workspaceId, identities);
  const owners = new Map(
    (await batchRepo.ownersOfBatch(tx, workspaceId, identities)).map((owner) => [
      identityKey(owner),
      owner.customerId,
    ]),
  );
  const existing = new Map(
    (await batchRepo.lockCustomersOfBatch(tx, workspaceId, [...new Set(owners.values())])).map((row) => [
      row.id,
      row,
    ]),
  );
  const { result, plans, suggestions } = planRows(rows, owners, existing, context);
  await store(tx, context, [...plans.values()]);
  for (const { one, other, line, row } of suggestions.values()) {
    const evidence = { source: `${context.recordSource}:${line}`, identities: row.identities.map(describe) };
    await suggestMerge(tx, workspaceId, one, other, evidence, now);
  }
  return result;
}

/**
 * Resolves the rows in file order against the owners read under the batch's locks, in memory: what each
 * customer becomes, and the merge suggestions. `owners` learns the identities the rows claim, so a later
 * row of the batch finds the customer an earlier one created.
 */
function planRows(
  rows: ImportRow[],
  owners: Map<string, string>,
  existing: Map<string, CustomerRow>,
  context: BatchContext,
) {
  const result: BatchResult = { created: 0, updated: 0, unchanged: 0, mergeSuggestions: 0, errors: [] };
  const plans = new Map<string, Plan>();
  const suggestions = new Map<string, { one: string; other: string; line: number; row: ImportRow }>();
  for (const row of rows) {
    const matched = [
      ...new Set(row.identities.flatMap((identity) => owners.get(identityKey(identity)) ?? [])),
    ];
    const gone = matched.map((id) => existing.get(id)).find((found) => found?.erasedAt || found?.mergedInto);
    if (gone) {
      const why = gone.erasedAt ? "whose data was erased" : `which was merged into ${gone.mergedInto}`;
      result.errors.push({
        row: row.line,
        errors: [{ path: "", message: `names customer ${gone.id}, ${why}` }],
      });
      continue;
    }
    const [chosen, ...others] = matched;
    const id = chosen ?? newId();
    let plan = plans.get(id);
    if (!plan) {
      const found = existing.get(id);
      const current = found ? profileOf(found) : null;
      plan = {
        id,
        current,
        next: copyProfile(current ?? emptyProfile()),
        currentSearchText: found?.searchText ?? "",
        firstLine: row.line,
        identitiesAdded: [],
        consentChanged: {},
      };
      plans.set(id, plan);
    }
    if (others.length > 0) result.mergeSuggestions += 1;
    for (const other of others) {
      const pair = [id, other].sort().join();
      if (!suggestions.has(pair)) suggestions.set(pair, { one: id, other, line: row.line, row });
    }
    let changed = applyChange(plan.next, row.change, context, plan.consentChanged);
    for (const identity of row.identities) {
      if (owners.has(identityKey(identity))) continue;
      owners.set(identityKey(identity), id);
      plan.identitiesAdded.push(identity);
      changed = true;
    }
    if (!chosen) result.created += 1;
    else if (changed) result.updated += 1;
    else result.unchanged += 1;
  }
  return { result, plans, suggestions };
}

async function store(tx: Executor, context: BatchContext, plans: Plan[]) {
  const { workspaceId, now } = context;
  const fieldsOf = new Map(
    plans.map((plan) => [plan, plan.current ? changedFields(plan.current, plan.next) : []]),
  );
  // Search text holds the name and every identity: recomputed for profiles whose name or identities change.
  const researched = new Set(
    plans.filter(
      (plan) => plan.current && (plan.identitiesAdded.length > 0 || fieldsOf.get(plan)?.includes("name")),
    ),
  );
  const held = Map.groupBy(
    await identitiesOf(
      tx,
      workspaceId,
      [...researched].map((plan) => plan.id),
    ),
    (identity) => identity.customerId,
  );
  const inserts: batchRepo.ProfileRow[] = [];
  const updates: batchRepo.ProfileRow[] = [];
  const events: batchRepo.BatchEvent[] = [];
  for (const plan of plans) {
    const { next } = plan;
    const actor = { type: "record" as const, source: `${context.recordSource}:${plan.firstLine}` };
    if (!plan.current) {
      inserts.push({ id: plan.id, ...next, search_text: searchTextOf(next.name, plan.identitiesAdded) });
      const data = { identities: plan.identitiesAdded.map(describe) };
      events.push({ id: newId(), customerId: plan.id, kind: "created", data, actor });
      continue;
    }
    const fields = fieldsOf.get(plan) ?? [];
    if (fields.length === 0 && plan.identitiesAdded.length === 0) continue;
    const searchText = researched.has(plan)
      ? searchTextOf(next.name, [...(held.get(plan.id) ?? []), ...plan.identitiesAdded])
      : plan.currentSearchText;
    updates.push({ id: plan.id, ...next, search_text: searchText });
    const consent = Object.keys(plan.consentChanged).length > 0 ? plan.consentChanged : null;
    const identitiesAdded = plan.identitiesAdded.map(describe);
    events.push({
      id: newId(),
      customerId: plan.id,
      kind: consent ? "consent_changed" : "updated",
      data: { fields, identitiesAdded, ...(consent ? { consent } : {}) },
      actor,
    });
  }
  await batchRepo.insertCustomersOfBatch(tx, workspaceId, inserts, now);
  await batchRepo.updateCustomersOfBatch(tx, workspaceId, updates, now);
  const claimed = plans.flatMap((plan) =>
    plan.identitiesAdded.map((identity) => ({ ...identity, id: newId(), customerId: plan.id })),
  );
  // Under the batch's locks nobody else can claim these; fewer rows means a writer that does not lock.
  if ((await batchRepo.insertIdentitiesOfBatch(tx, workspaceId, claimed, now)) < claimed.length)
    throw new IdentityRaceError("an identity of this batch was claimed by another writer");
  await batchRepo.insertEventsOfBatch(tx, workspaceId, events, now);
}

function uniqueIdentities(identities: Identity[]) {
  return [...new Map(identities.map((identity) => [identityKey(identity), identity])).values()];
}
