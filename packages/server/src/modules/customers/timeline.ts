// Use case: a customer's timeline, newest first, a page at a time; a merged customer's is its survivor's.
import { TIMELINE_KINDS, type TimelineKind, type TimelinePage } from "@touchpoint/core";
import type { Database, Executor } from "../../platform/db/database.ts";
import { NotFoundError, ValidationError } from "../../platform/errors.ts";
import type { Caller } from "../platform/caller.ts";
import * as repo from "./repo.ts";
import { decodeTimelineCursor, encodeTimelineCursor } from "./timeline-cursor.ts";
import { toTimelineItems } from "./timeline-items.ts";
import { readTimeline } from "./timeline-repo.ts";

/** Merges can chain (A into B, later B into C); a longer chain than this is a loop, not history. */
const MAX_MERGE_HOPS = 20;

/**
 * The customer's profile row, following merges to the survivor: a merged customer's identities, interactions,
 * responses and events moved there, so that is where its story continues. Another workspace's customer, like
 * an unknown one, is not found.
 */
export async function survivingCustomer(ex: Executor, workspaceId: string, id: string) {
  let row = await repo.findCustomerRow(ex, workspaceId, id);
  for (let hops = 0; row?.mergedInto && hops < MAX_MERGE_HOPS; hops++) {
    row = await repo.findCustomerRow(ex, workspaceId, row.mergedInto);
  }
  if (!row || row.mergedInto) throw new NotFoundError("Customer");
  return row;
}

export interface TimelineRequest {
  cursor?: string | undefined;
  limit: number;
  /** Which kinds of item; all when absent. */
  types?: readonly TimelineKind[] | undefined;
}

export async function getTimeline(
  deps: { database: Database },
  caller: Caller,
  id: string,
  request: TimelineRequest,
): Promise<TimelinePage> {
  const ex = deps.database.db;
  const after = request.cursor === undefined ? undefined : decodeTimelineCursor(request.cursor);
  if (after === null) {
    throw new ValidationError("This cursor is not from a page of a timeline.", [
      { path: "querystring.cursor", message: "not a timeline cursor; start again without it" },
    ]);
  }
  const customer = await survivingCustomer(ex, caller.workspaceId, id);
  // One more row than the page tells whether another page follows.
  const rows = await readTimeline(ex, caller.workspaceId, customer.id, {
    kinds: request.types ?? TIMELINE_KINDS,
    limit: request.limit + 1,
    after,
  });
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    customerId: customer.id,
    items: await toTimelineItems(ex, caller.workspaceId, page),
    nextCursor: rows.length > request.limit && last ? encodeTimelineCursor(last) : null,
  };
}
