// Whether one customer, named by the external id a site gave the web widget, is in a segment now — a
// read-only lookup for widget targeting: an unknown id creates no customer, and membership is the segment's
// own SQL condition (segmentWhere) narrowed to that customer, so it is evaluated by the database.
import { sql } from "drizzle-orm";
import { identitiesOfReference } from "./identities.ts";
import * as repo from "./repo.ts";
import { customers } from "./schema.ts";
import * as segments from "./segment-repo.ts";
import { qualified, segmentProblems, segmentWhere } from "./segment-where.ts";
import type { CustomersDeps } from "./service.ts";

/**
 * True only when the external id belongs to a live customer of the workspace that the segment selects.
 * A segment that is gone, or whose rules no longer fit the attributes, selects no one: the survey it
 * targets is then shown to nobody rather than to everybody.
 */
export async function isInSegment(
  deps: Pick<CustomersDeps, "database" | "clock">,
  workspaceId: string,
  segmentId: string,
  externalId: string,
): Promise<boolean> {
  const db = deps.database.db;
  const { identities } = identitiesOfReference({ externalId });
  const [owner] = await repo.identityOwners(db, workspaceId, identities);
  if (!owner) return false;
  const segment = await segments.findSegment(db, workspaceId, segmentId);
  if (!segment) return false;
  const attributes = await repo.listAttributeDefinitions(db, workspaceId);
  if (segmentProblems(segment.definition, attributes).length > 0) return false;
  const where = segmentWhere(segment.definition, { workspaceId, now: deps.clock.now(), attributes });
  const count = await segments.countCustomers(
    db,
    sql`${where} and ${qualified(customers.id)} = ${owner.customerId}::uuid`,
  );
  return count > 0;
}
