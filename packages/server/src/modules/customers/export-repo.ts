// The SQL of a customer export: everything held about one person, read a page at a time in id order so that
// a customer with tens of thousands of records streams out without being held in memory.
import { type AnyColumn, and, asc, eq, getTableColumns, gt, inArray, or, type SQL } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { contactEvents } from "../contacts/schema.ts";
import { emailSuppressions, invitations } from "../invitations/schema.ts";
import { responses } from "../responses/schema.ts";
import { customerEvents, customerMerges, customerScores, interactions, mergeSuggestions } from "./schema.ts";

export const EXPORT_PAGE = 500;

const after = (column: AnyColumn, id: string | undefined) => (id ? gt(column, id) : undefined);

export function interactionsPage(ex: Executor, workspaceId: string, ids: string[], from?: string) {
  const { workspaceId: _workspace, ...columns } = getTableColumns(interactions);
  return ex
    .select(columns)
    .from(interactions)
    .where(
      and(
        eq(interactions.workspaceId, workspaceId),
        inArray(interactions.customerId, ids),
        after(interactions.id, from),
      ),
    )
    .orderBy(asc(interactions.id))
    .limit(EXPORT_PAGE);
}

export function responsesPage(ex: Executor, naming: SQL, from?: string) {
  // Not the request hash nor the counted flag: bookkeeping of ingestion, nothing about the person.
  const {
    workspaceId: _workspace,
    requestHash: _hash,
    counted: _counted,
    ...columns
  } = getTableColumns(responses);
  return ex
    .select(columns)
    .from(responses)
    .where(and(naming, after(responses.id, from)))
    .orderBy(asc(responses.id))
    .limit(EXPORT_PAGE);
}

export function eventsPage(ex: Executor, workspaceId: string, ids: string[], from?: string) {
  const { workspaceId: _workspace, ...columns } = getTableColumns(customerEvents);
  return ex
    .select(columns)
    .from(customerEvents)
    .where(
      and(
        eq(customerEvents.workspaceId, workspaceId),
        inArray(customerEvents.customerId, ids),
        after(customerEvents.id, from),
      ),
    )
    .orderBy(asc(customerEvents.id))
    .limit(EXPORT_PAGE);
}

export function contactsPage(ex: Executor, workspaceId: string, keys: string[], from?: string) {
  const { workspaceId: _workspace, ...columns } = getTableColumns(contactEvents);
  return ex
    .select(columns)
    .from(contactEvents)
    .where(
      and(
        eq(contactEvents.workspaceId, workspaceId),
        inArray(contactEvents.customerKey, keys),
        after(contactEvents.id, from),
      ),
    )
    .orderBy(asc(contactEvents.id))
    .limit(EXPORT_PAGE);
}

export function invitationsPage(ex: Executor, workspaceId: string, emails: string[], from?: string) {
  // Never the token hash: it opens the survey link.
  const { workspaceId: _workspace, tokenHash: _token, ...columns } = getTableColumns(invitations);
  return ex
    .select(columns)
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        inArray(invitations.email, emails),
        after(invitations.id, from),
      ),
    )
    .orderBy(asc(invitations.id))
    .limit(EXPORT_PAGE);
}

export function suppressionsOfEmails(ex: Executor, workspaceId: string, emails: string[]) {
  return ex
    .select({
      email: emailSuppressions.email,
      reason: emailSuppressions.reason,
      createdAt: emailSuppressions.createdAt,
    })
    .from(emailSuppressions)
    .where(and(eq(emailSuppressions.workspaceId, workspaceId), inArray(emailSuppressions.email, emails)))
    .orderBy(asc(emailSuppressions.id));
}

export function scoresOf(ex: Executor, workspaceId: string, ids: string[]) {
  const { workspaceId: _workspace, ...columns } = getTableColumns(customerScores);
  return ex
    .select(columns)
    .from(customerScores)
    .where(and(eq(customerScores.workspaceId, workspaceId), inArray(customerScores.customerId, ids)))
    .orderBy(asc(customerScores.customerId), asc(customerScores.metric));
}

export function mergesOfAll(ex: Executor, workspaceId: string, ids: string[]) {
  return ex
    .select()
    .from(customerMerges)
    .where(
      and(
        eq(customerMerges.workspaceId, workspaceId),
        or(inArray(customerMerges.survivorId, ids), inArray(customerMerges.mergedId, ids)),
      ),
    )
    .orderBy(asc(customerMerges.id));
}

export function suggestionsOfAll(ex: Executor, workspaceId: string, ids: string[]) {
  const { workspaceId: _workspace, ...columns } = getTableColumns(mergeSuggestions);
  return ex
    .select(columns)
    .from(mergeSuggestions)
    .where(
      and(
        eq(mergeSuggestions.workspaceId, workspaceId),
        or(inArray(mergeSuggestions.customerId, ids), inArray(mergeSuggestions.otherCustomerId, ids)),
      ),
    )
    .orderBy(asc(mergeSuggestions.id));
}
