// The SQL of segments: stored definitions, and the customers a compiled definition (segment-where.ts)
// selects — counted, or read in pages with the address an email would go to.
import type { Segment, SegmentDefinition } from "@touchpoint/core";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { customerIdentities, customers, segments } from "./schema.ts";
import { qualified } from "./segment-where.ts";

type SegmentRow = typeof segments.$inferSelect;

const byId = (workspaceId: string, id: string) =>
  and(eq(segments.workspaceId, workspaceId), eq(segments.id, id));

function toSegment(row: SegmentRow): Segment {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    definition: row.definition as SegmentDefinition,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function insertSegment(ex: Executor, row: typeof segments.$inferInsert) {
  await ex.insert(segments).values(row);
}

export async function updateSegment(
  ex: Executor,
  workspaceId: string,
  id: string,
  changes: Pick<SegmentRow, "name" | "description" | "definition" | "updatedAt">,
) {
  await ex.update(segments).set(changes).where(byId(workspaceId, id));
}

export async function deleteSegment(ex: Executor, workspaceId: string, id: string) {
  await ex.delete(segments).where(byId(workspaceId, id));
}

export async function findSegment(ex: Executor, workspaceId: string, id: string, forUpdate = false) {
  const query = ex.select().from(segments).where(byId(workspaceId, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ? toSegment(row) : undefined;
}

export async function listSegments(ex: Executor, workspaceId: string) {
  const rows = await ex
    .select()
    .from(segments)
    .where(eq(segments.workspaceId, workspaceId))
    .orderBy(asc(segments.name), asc(segments.id));
  return rows.map(toSegment);
}

/**
 * Which of these ids are segments of the workspace. The rows are share-locked: a segment a transaction
 * links to (a persona) cannot be deleted until it commits, and deleting waits to see the link.
 */
export async function existingSegmentIds(ex: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await ex
    .select({ id: segments.id })
    .from(segments)
    .where(and(eq(segments.workspaceId, workspaceId), inArray(segments.id, ids)))
    .for("share");
  return new Set(rows.map((row) => row.id));
}

export async function countCustomers(ex: Executor, where: SQL) {
  const [row] = await ex.select({ count: sql<number>`count(*)::int` }).from(customers).where(where);
  return row?.count ?? 0;
}

// Qualified throughout: these subqueries also run inside select lists (see qualified()).
const identity = {
  workspaceId: qualified(customerIdentities.workspaceId),
  customerId: qualified(customerIdentities.customerId),
  kind: qualified(customerIdentities.kind),
  value: qualified(customerIdentities.value),
  id: qualified(customerIdentities.id),
};
const ofCustomer = sql`${identity.workspaceId} = ${qualified(customers.workspaceId)} and ${identity.customerId} = ${qualified(customers.id)} and ${identity.kind} = 'email'`;
/** The customer's first email (in the order they were added): where an invitation goes. */
const firstEmail = sql<
  string | null
>`(select ${identity.value} from ${customerIdentities} where ${ofCustomer} order by ${identity.id} limit 1)`;
const hasEmail = sql`exists (select 1 from ${customerIdentities} where ${ofCustomer})`;
const emailGranted = sql`coalesce((${qualified(customers.consent)} -> 'email' -> 'granted') = 'true'::jsonb, false)`;

/** How many customers a condition selects, how many of them have an email, and how many may be emailed. */
export async function countEmailAudience(ex: Executor, where: SQL) {
  const [row] = await ex
    .select({
      members: sql<number>`count(*)::int`,
      withEmail: sql<number>`(count(*) filter (where ${hasEmail}))::int`,
      reachable: sql<number>`(count(*) filter (where ${hasEmail} and ${emailGranted}))::int`,
    })
    .from(customers)
    .where(where);
  return row ?? { members: 0, withEmail: 0, reachable: 0 };
}

export interface EmailAudienceMember {
  id: string;
  email: string;
  name: string | null;
  language: string | null;
}

/** One page, by id after `after`, of the selected customers that have an email and granted email consent. */
export async function emailAudiencePage(
  ex: Executor,
  where: SQL,
  after: string | null,
  limit: number,
): Promise<EmailAudienceMember[]> {
  const rows = await ex
    .select({ id: customers.id, email: firstEmail, name: customers.name, language: customers.language })
    .from(customers)
    .where(
      and(where, hasEmail, emailGranted, after === null ? undefined : sql`${customers.id} > ${after}::uuid`),
    )
    .orderBy(asc(customers.id))
    .limit(limit);
  return rows.flatMap((row) => (row.email === null ? [] : [{ ...row, email: row.email }]));
}
