// The SQL privacy requests share: whose consent to email is withdrawn, which profiles are one person's
// (the customer and those merged into it), and which responses name them. Responses belong to the
// responses module; they are read here because an export or an erasure must reach every record at once.
import { and, eq, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { responses } from "../responses/schema.ts";
import { phoneForms } from "./erase-values.ts";
import { customerIdentities, customerMerges, customers } from "./schema.ts";

export type IdentityRow = typeof customerIdentities.$inferSelect;

export async function emailsWithdrawnFrom(ex: Executor, workspaceId: string, emails: string[]) {
  if (emails.length === 0) return [];
  const rows = await ex
    .select({ email: customerIdentities.value })
    .from(customerIdentities)
    .innerJoin(
      customers,
      and(
        eq(customers.workspaceId, customerIdentities.workspaceId),
        eq(customers.id, customerIdentities.customerId),
      ),
    )
    .where(
      and(
        eq(customerIdentities.workspaceId, workspaceId),
        eq(customerIdentities.kind, "email"),
        inArray(customerIdentities.value, emails),
        sql`${customers.consent} -> 'email' ->> 'granted' = 'false'`,
      ),
    );
  return rows.map((row) => row.email);
}

/** True when one of these customers recorded `granted: false` for the channel. */
export async function withdrewConsent(ex: Executor, workspaceId: string, ids: string[], channel: string) {
  if (ids.length === 0) return false;
  const rows = await ex
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        eq(customers.workspaceId, workspaceId),
        inArray(customers.id, ids),
        sql`${customers.consent} -> ${channel} ->> 'granted' = 'false'`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** The customers merged into this one, directly or down a chain of merges still in force. */
export async function mergedInto(ex: Executor, workspaceId: string, customerId: string) {
  const found: string[] = [];
  let frontier = [customerId];
  while (frontier.length > 0) {
    const rows = await ex
      .select({ id: customerMerges.mergedId })
      .from(customerMerges)
      .where(
        and(
          eq(customerMerges.workspaceId, workspaceId),
          inArray(customerMerges.survivorId, frontier),
          isNull(customerMerges.undoneAt),
        ),
      );
    frontier = rows.map((row) => row.id).filter((id) => !found.includes(id) && id !== customerId);
    found.push(...frontier);
  }
  return found;
}

/**
 * The responses of these customers, and the responses attached to nobody yet (stored before the customers
 * module, or waiting for their job) whose customer reference names one of these identities.
 */
export function responsesNaming(workspaceId: string, customerIds: string[], identities: IdentityRow[]): SQL {
  const values = (kind: string, system = "") =>
    identities.filter((row) => row.kind === kind && row.system === system).map((row) => row.value);
  const emails = values("email");
  const phones = values("phone").flatMap(phoneForms);
  const externalIds = values("external", "default");
  const reference = responses.customer;
  const named = [
    emails.length > 0 ? inArray(sql`lower(${reference} ->> 'email')`, emails) : undefined,
    phones.length > 0
      ? inArray(sql`regexp_replace(${reference} ->> 'phone', '[^0-9+]', '', 'g')`, phones)
      : undefined,
    externalIds.length > 0 ? inArray(sql`trim(${reference} ->> 'externalId')`, externalIds) : undefined,
  ].filter((condition) => condition !== undefined);
  return and(
    eq(responses.workspaceId, workspaceId),
    or(
      inArray(responses.customerId, customerIds),
      named.length > 0 ? and(isNull(responses.customerId), isNotNull(reference), or(...named)) : undefined,
    ),
  ) as SQL;
}
