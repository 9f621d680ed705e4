// The SQL of the customer context beyond the timeline's: counts and look-ups over recent interactions,
// each on the interactions_customer_idx range of the window.
import { and, count, desc, eq, gte } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { interactions } from "./schema.ts";

const ofCustomer = (workspaceId: string, customerId: string, since: Date) =>
  and(
    eq(interactions.workspaceId, workspaceId),
    eq(interactions.customerId, customerId),
    gte(interactions.occurredAt, since),
  );

export async function countInteractions(
  ex: Executor,
  workspaceId: string,
  customerId: string,
  filter: { since: Date; outcome: string },
) {
  const [row] = await ex
    .select({ count: count() })
    .from(interactions)
    .where(and(ofCustomer(workspaceId, customerId, filter.since), eq(interactions.outcome, filter.outcome)));
  return row?.count ?? 0;
}

export async function latestInteractionOfType(
  ex: Executor,
  workspaceId: string,
  customerId: string,
  filter: { since: Date; type: string },
) {
  const [row] = await ex
    .select({ id: interactions.id, occurredAt: interactions.occurredAt })
    .from(interactions)
    .where(and(ofCustomer(workspaceId, customerId, filter.since), eq(interactions.type, filter.type)))
    .orderBy(desc(interactions.occurredAt), desc(interactions.id))
    .limit(1);
  return row ? { id: row.id, occurredAt: row.occurredAt.toISOString() } : null;
}
