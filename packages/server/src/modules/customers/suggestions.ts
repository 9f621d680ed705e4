// Use cases of merge suggestions: the queue of customer pairs one record named both of, with both customers
// summarised and the evidence, and dismissing one. Accepting a suggestion is merging the pair.
import { ConflictError, NotFoundError } from "../../platform/errors.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import type { MergeSuggestion, SuggestionStatus } from "./merge-shapes.ts";
import * as repo from "./repo.ts";
import type { CustomersDeps } from "./service.ts";
import * as suggestionsRepo from "./suggestions-repo.ts";

type Summary = MergeSuggestion["customers"][number];

async function summaries(deps: Pick<CustomersDeps, "database">, workspaceId: string, ids: string[]) {
  const db = deps.database.db;
  const identities = Map.groupBy(await repo.identitiesOf(db, workspaceId, ids), (row) => row.customerId);
  const found = new Map<string, Summary>();
  for (const id of new Set(ids)) {
    const row = await repo.findCustomerRow(db, workspaceId, id);
    if (!row) continue;
    const { name, externalIds, emails, phones, mergedInto, erasedAt } = repo.toCustomer(
      row,
      identities.get(id) ?? [],
    );
    found.set(id, { id, name, externalIds, emails, phones, mergedInto, erasedAt });
  }
  return found;
}

const gone = (id: string): Summary => ({
  id,
  name: null,
  externalIds: [],
  emails: [],
  phones: [],
  mergedInto: null,
  erasedAt: null,
});

function toSuggestion(row: suggestionsRepo.SuggestionRow, customers: Map<string, Summary>): MergeSuggestion {
  return {
    id: row.id,
    status: row.status as SuggestionStatus,
    customers: [
      customers.get(row.customerId) ?? gone(row.customerId),
      customers.get(row.otherCustomerId) ?? gone(row.otherCustomerId),
    ],
    evidence: row.evidence as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
  };
}

export async function listSuggestions(
  deps: Pick<CustomersDeps, "database">,
  caller: Caller,
  query: { status: SuggestionStatus; cursor?: string | undefined; limit: number },
) {
  const { rows, more } = await suggestionsRepo.listSuggestions(deps.database.db, caller.workspaceId, query);
  const customers = await summaries(
    deps,
    caller.workspaceId,
    rows.flatMap((row) => [row.customerId, row.otherCustomerId]),
  );
  return {
    items: rows.map((row) => toSuggestion(row, customers)),
    nextCursor: more ? (rows.at(-1)?.id ?? null) : null,
  };
}

/** A person decided the pair are different customers; audited like the merge they declined. */
export async function dismissSuggestion(
  deps: Pick<CustomersDeps, "database" | "clock">,
  caller: Caller,
  id: string,
) {
  const { workspaceId } = caller;
  await deps.database.transaction(async (tx) => {
    const row = await suggestionsRepo.findSuggestion(tx, workspaceId, id);
    if (!row) throw new NotFoundError("Merge suggestion");
    if (!(await suggestionsRepo.closeSuggestion(tx, workspaceId, id, "dismissed", deps.clock.now()))) {
      throw new ConflictError(`This suggestion is already ${row.status}.`, "suggestion_closed");
    }
    await recordAudit(tx, workspaceId, actorOf(caller), {
      action: "customers.suggestion.dismiss",
      targetType: "customer_merge_suggestion",
      targetId: id,
      after: { customerIds: [row.customerId, row.otherCustomerId] },
    });
  });
  const row = await suggestionsRepo.findSuggestion(deps.database.db, workspaceId, id);
  if (!row) throw new NotFoundError("Merge suggestion");
  return toSuggestion(row, await summaries(deps, workspaceId, [row.customerId, row.otherCustomerId]));
}
