// Use cases of interactions: record one or a batch of up to 1,000, idempotent by the sender's event id.
// Each item is checked on its own; the good ones of a batch resolve their customer and are stored in one
// transaction with multi-row inserts. Besides what resolution learns about the customer, the interaction row
// is written, and a text.enrich job for each new one with a note (no profile event: the timeline reads
// interactions directly).
import { type Interaction, MAX_INTERACTION_BATCH } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Executor, Tx } from "../../platform/db/database.ts";
import { DomainError, type FieldError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import type { Caller } from "../platform/caller.ts";
import { TEXT_ENRICH_JOB, type TextEnrichJob } from "../text/enrich-job.ts";
import { lockIdentitiesOfBatch } from "./customer-import-repo.ts";
import { identityKey } from "./identities.ts";
import { type CheckedInteraction, checkInteraction } from "./interactions-check.ts";
import * as interactionsRepo from "./interactions-repo.ts";
import * as repo from "./repo.ts";
import { resolveCustomer } from "./resolve-customer.ts";

export interface InteractionsDeps {
  database: Database;
  clock: Clock;
  jobs: JobQueue;
}

export class InvalidInteractionError extends DomainError {
  constructor(errors: FieldError[]) {
    super(422, "invalid_interaction", "Some fields of this interaction are not valid.", { errors });
  }
}

export interface StoredInteraction {
  /** duplicate: the workspace already had this event id; `interaction` is the one stored first. */
  status: "created" | "duplicate";
  interaction: Interaction;
}

export interface InteractionItemResult {
  index: number;
  status: "created" | "duplicate" | "invalid";
  id?: string;
  customerId?: string;
  errors?: FieldError[];
}

export interface InteractionBatchResult {
  results: InteractionItemResult[];
  created: number;
  duplicates: number;
  invalid: number;
}

/** One interaction: created, or the stored one when its event id was seen before; a 422 when invalid. */
export async function recordInteraction(
  deps: InteractionsDeps,
  caller: Caller,
  value: unknown,
): Promise<StoredInteraction> {
  const checked = checkInteraction(value);
  if (!checked.ok) throw new InvalidInteractionError(checked.errors);
  const [stored] = await storeInteractions(deps, caller.workspaceId, [checked.interaction]);
  if (!stored) throw new Error("storing one interaction returned no result");
  return stored;
}

/** A batch: one result per item, in order; bad items are reported with paths `interactions.<i>.…`. */
export async function recordInteractionBatch(
  deps: InteractionsDeps,
  caller: Caller,
  values: unknown[],
): Promise<InteractionBatchResult> {
  if (values.length > MAX_INTERACTION_BATCH) {
    throw new DomainError(
      413,
      "batch_too_large",
      `A batch holds at most ${MAX_INTERACTION_BATCH} interactions; this one has ${values.length}. Send the rest in another batch.`,
      { errors: [{ path: "interactions", message: `at most ${MAX_INTERACTION_BATCH} items` }] },
    );
  }
  const checks = values.map(checkInteraction);
  const good = checks.flatMap((check, index) =>
    check.ok ? [{ index, interaction: check.interaction }] : [],
  );
  const stored = await storeInteractions(
    deps,
    caller.workspaceId,
    good.map((item) => item.interaction),
  );
  const storedAt = new Map(good.map(({ index }, k) => [index, stored[k]]));
  const results = checks.map((check, index): InteractionItemResult => {
    if (!check.ok) {
      const errors = check.errors.map((error) => ({
        ...error,
        path: error.path ? `interactions.${index}.${error.path}` : `interactions.${index}`,
      }));
      return { index, status: "invalid", errors };
    }
    const outcome = storedAt.get(index);
    if (!outcome) throw new Error(`interaction ${index} of the batch has no result`);
    const { id, customerId } = outcome.interaction;
    return { index, status: outcome.status, id, customerId };
  });
  const count = (status: InteractionItemResult["status"]) =>
    results.filter((result) => result.status === status).length;
  return { results, created: count("created"), duplicates: count("duplicate"), invalid: count("invalid") };
}

/**
 * Stores checked interactions in one transaction, one result per item in order: each resolves its customer
 * in the transaction that stores it. An event id the workspace already has, or one repeated within the
 * items, is a duplicate and is not resolved again.
 */
export async function storeInteractions(
  deps: InteractionsDeps,
  workspaceId: string,
  items: CheckedInteraction[],
): Promise<StoredInteraction[]> {
  if (items.length === 0) return [];
  const now = deps.clock.now();
  return inTransaction(deps, (tx) => storeWithin(tx, deps.jobs, workspaceId, items, now));
}

async function storeWithin(
  tx: Tx,
  jobs: JobQueue,
  workspaceId: string,
  items: CheckedInteraction[],
  now: Date,
): Promise<StoredInteraction[]> {
  // Every identity of the batch locked up front, in one order and one statement: two batches naming the
  // same customers in another order wait for each other instead of deadlocking. resolveCustomer takes the
  // same locks again (re-entrant), so with one reference there is nothing to order.
  const references = items.map(referenceKey);
  if (new Set(references).size > 1) {
    await lockIdentitiesOfBatch(
      tx,
      workspaceId,
      items.flatMap((item) => item.identities),
    );
  }
  const eventIds = [...new Set(items.flatMap((item) => item.input.eventId ?? []))];
  const before = await interactionsRepo.findByEventIds(tx, workspaceId, eventIds);
  // Definitions only filter a reference's attributes: without any, resolution does not need them.
  const definitions = items.some((item) => item.input.customer.attributes)
    ? await repo.listAttributeDefinitions(tx, workspaceId)
    : [];
  const results: (StoredInteraction | undefined)[] = items.map(() => undefined);
  /** Which item stores each event id; its repeats in the batch answer with that item's interaction. */
  const storedBy = new Map<string, number>();
  const pending: { index: number; row: interactionsRepo.InteractionRow }[] = [];
  // Resolving a reference the transaction already resolved finds the same customer and changes nothing
  // (its identities, name and attributes were learnt the first time), so a customer's many events in one
  // batch cost one resolution.
  const resolved = new Map<string, string>();
  for (const [index, { input }] of items.entries()) {
    const stored = input.eventId ? before.get(input.eventId) : undefined;
    if (stored) {
      results[index] = { status: "duplicate", interaction: interactionsRepo.toInteraction(stored) };
      continue;
    }
    if (input.eventId) {
      if (storedBy.has(input.eventId)) continue;
      storedBy.set(input.eventId, index);
    }
    const id = newId();
    const reference = references[index] ?? "";
    let customerId = resolved.get(reference);
    if (!customerId) {
      const source = `interaction:${id}`;
      const resolution = await resolveCustomer(
        tx,
        workspaceId,
        { reference: input.customer, source },
        now,
        definitions,
      );
      if (!resolution) throw new Error(`${source} names no identity although it was checked`);
      customerId = resolution.customerId;
      resolved.set(reference, customerId);
    }
    pending.push({ index, row: rowOf(workspaceId, id, customerId, input, now) });
  }
  const inserted = await interactionsRepo.insertInteractions(
    tx,
    pending.map(({ row }) => row),
  );
  // Notes are analysed off the request, in the transaction's job: a rolled-back batch enqueues nothing.
  const notes = pending.filter(({ row }) => inserted.has(row.id) && row.note && row.note.trim() !== "");
  await jobs.enqueueMany(
    tx,
    TEXT_ENRICH_JOB,
    notes.map(({ row }): TextEnrichJob => ({ workspaceId, kind: "interaction_note", sourceId: row.id })),
  );
  // A row not inserted lost a race with a concurrent sender of the same event: answer with the winner's.
  const raced = pending.filter(({ row }) => !inserted.has(row.id)).flatMap(({ row }) => row.eventId ?? []);
  const winners = await interactionsRepo.findByEventIds(tx, workspaceId, raced);
  for (const { index, row } of pending) {
    if (inserted.has(row.id)) {
      results[index] = { status: "created", interaction: interactionsRepo.toInteraction(row) };
      continue;
    }
    const winner = winners.get(row.eventId ?? "");
    if (!winner) throw new Error(`interaction ${row.id} was neither inserted nor found by its event id`);
    results[index] = { status: "duplicate", interaction: interactionsRepo.toInteraction(winner) };
  }
  return items.map(({ input }, index) => {
    const own = results[index];
    if (own) return own;
    const first = results[storedBy.get(input.eventId ?? "") ?? -1];
    if (!first) throw new Error(`interaction ${index} of the batch has no result`);
    return { status: "duplicate", interaction: first.interaction };
  });
}

/** An interaction's note, customer and time, for the text enrichment; undefined when it is gone. */
export function findInteractionNote(ex: Executor, workspaceId: string, id: string) {
  return interactionsRepo.findNote(ex, workspaceId, id);
}

/** What resolution reads of a reference, normalised: equal keys resolve to the same customer. */
function referenceKey({ input, identities }: CheckedInteraction) {
  const { name, language, attributes } = input.customer;
  return JSON.stringify([identities.map(identityKey), name ?? null, language ?? null, attributes ?? null]);
}

function rowOf(
  workspaceId: string,
  id: string,
  customerId: string,
  input: CheckedInteraction["input"],
  now: Date,
): interactionsRepo.InteractionRow {
  return {
    workspaceId,
    id,
    customerId,
    eventId: input.eventId ?? null,
    channel: input.channel,
    touchpoint: input.touchpoint ?? null,
    type: input.type,
    occurredAt: new Date(input.occurredAt),
    outcome: input.outcome ?? null,
    effort: input.effort ?? null,
    durationSeconds: input.durationSeconds ?? null,
    agent: input.agent ?? null,
    note: input.note ?? null,
    metadata: input.metadata ?? {},
    createdAt: now,
  };
}

const DEADLOCK = "40P01";
const ATTEMPTS = 3;

/**
 * A transaction, retried when PostgreSQL picks it as a deadlock victim: batches lock identities in one
 * order, but a profile edit locks its row before its identities, so a cycle stays possible, if rare.
 */
async function inTransaction<T>(deps: InteractionsDeps, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.database.transaction(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isDeadlock(error)) throw error;
    }
  }
}

function isDeadlock(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (candidate.code === DEADLOCK) return true;
    current = candidate.cause;
  }
  return false;
}
