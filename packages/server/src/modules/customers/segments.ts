// Use cases of segments: define, change and remove them (audited), count their customers live, preview a
// definition for the segment builder, and list a segment's customers. Other modules (invitations, and
// analytics to come) filter by a segment through segmentCondition, which stays in SQL.
import {
  type Customer,
  SEGMENT_PREVIEW_SIZE,
  type Segment,
  type SegmentDefinition,
  type SegmentInput,
  type SegmentPreview,
} from "@touchpoint/core";
import type { SQL } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { ConflictError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { listPersonas } from "./persona-repo.ts";
import * as repo from "./repo.ts";
import * as segments from "./segment-repo.ts";
import { InvalidSegmentError, segmentProblems, segmentWhere } from "./segment-where.ts";
import { type CustomersDeps, searchTerm } from "./service.ts";

type ReadDeps = Pick<CustomersDeps, "database" | "clock">;

async function checkDefinition(ex: Executor, workspaceId: string, definition: SegmentDefinition) {
  const problems = segmentProblems(definition, await repo.listAttributeDefinitions(ex, workspaceId));
  if (problems.length > 0) throw new InvalidSegmentError(problems);
}

/** The condition of a definition in this workspace now, for a query over customers. */
async function conditionOf(deps: ReadDeps, workspaceId: string, definition: SegmentDefinition) {
  const attributes = await repo.listAttributeDefinitions(deps.database.db, workspaceId);
  return segmentWhere(definition, { workspaceId, now: deps.clock.now(), attributes });
}

/**
 * The condition "in this segment" for a query over the customers table: 404 for a segment the workspace
 * does not have, 422 when its rules no longer fit the attributes (one was removed since).
 */
export async function segmentCondition(deps: ReadDeps, workspaceId: string, segmentId: string): Promise<SQL> {
  const segment = await segments.findSegment(deps.database.db, workspaceId, segmentId);
  if (!segment) throw new NotFoundError("Segment");
  return conditionOf(deps, workspaceId, segment.definition);
}

export async function getSegment(deps: ReadDeps, caller: Caller, id: string): Promise<Segment> {
  const segment = await segments.findSegment(deps.database.db, caller.workspaceId, id);
  if (!segment) throw new NotFoundError("Segment");
  return segment;
}

export function listSegments(deps: ReadDeps, caller: Caller) {
  return segments.listSegments(deps.database.db, caller.workspaceId);
}

function audit(ex: Executor, caller: Caller, action: string, id: string, change: object) {
  return recordAudit(ex, caller.workspaceId, actorOf(caller), {
    action: `segments.${action}`,
    targetType: "segment",
    targetId: id,
    ...change,
  });
}

export async function createSegment(deps: CustomersDeps, caller: Caller, input: SegmentInput) {
  const { workspaceId } = caller;
  const id = newId();
  const now = deps.clock.now();
  await deps.database.transaction(async (tx) => {
    await checkDefinition(tx, workspaceId, input.definition);
    await segments.insertSegment(tx, {
      workspaceId,
      id,
      name: input.name,
      description: input.description ?? null,
      definition: input.definition,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, "create", id, { after: input });
  });
  return getSegment(deps, caller, id);
}

/** Replaces a segment's name, description and rules. */
export async function updateSegment(deps: CustomersDeps, caller: Caller, id: string, input: SegmentInput) {
  const { workspaceId } = caller;
  await deps.database.transaction(async (tx) => {
    const before = await segments.findSegment(tx, workspaceId, id, true);
    if (!before) throw new NotFoundError("Segment");
    await checkDefinition(tx, workspaceId, input.definition);
    await segments.updateSegment(tx, workspaceId, id, {
      name: input.name,
      description: input.description ?? null,
      definition: input.definition,
      updatedAt: deps.clock.now(),
    });
    await audit(tx, caller, "update", id, { before, after: input });
  });
  return getSegment(deps, caller, id);
}

/** Removes a segment no persona stands for; one that a persona names is a 409 naming the personas. */
export async function deleteSegment(deps: CustomersDeps, caller: Caller, id: string) {
  const { workspaceId } = caller;
  await deps.database.transaction(async (tx) => {
    const before = await segments.findSegment(tx, workspaceId, id, true);
    if (!before) throw new NotFoundError("Segment");
    const personas = await listPersonas(tx, workspaceId, id);
    if (personas.length > 0) {
      const names = personas.map((persona) => Object.values(persona.name)[0]).join(", ");
      throw new ConflictError(
        `Personas stand for this segment (${names}): take it out of them first.`,
        "segment_in_use",
      );
    }
    await segments.deleteSegment(tx, workspaceId, id);
    await audit(tx, caller, "delete", id, { before });
  });
}

export async function countSegment(deps: ReadDeps, caller: Caller, id: string) {
  const where = await segmentCondition(deps, caller.workspaceId, id);
  return { count: await segments.countCustomers(deps.database.db, where) };
}

/** A definition's live count and first customers, before it is saved. */
export async function previewSegment(
  deps: ReadDeps,
  caller: Caller,
  definition: SegmentDefinition,
): Promise<SegmentPreview> {
  const { workspaceId } = caller;
  const where = await conditionOf(deps, workspaceId, definition);
  const count = await segments.countCustomers(deps.database.db, where);
  const page = await repo.listCustomers(deps.database.db, workspaceId, {
    where,
    limit: SEGMENT_PREVIEW_SIZE,
  });
  return { count, customers: page.items };
}

export interface SegmentCustomersQuery {
  q?: string | undefined;
  tag?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** One page of a segment's customers, searchable like the customers list. */
export async function listSegmentCustomers(
  deps: ReadDeps,
  caller: Caller,
  segmentId: string,
  query: SegmentCustomersQuery,
): Promise<{ items: Customer[]; nextCursor: string | null }> {
  const where = await segmentCondition(deps, caller.workspaceId, segmentId);
  return repo.listCustomers(deps.database.db, caller.workspaceId, {
    ...query,
    q: searchTerm(query.q),
    where,
  });
}
