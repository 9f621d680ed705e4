// Use case: export everything held about a customer as one JSON document (a data subject's access
// request): the profile and those merged into it, identities, interactions, responses with their answers,
// profile events, scores, the contact log, invitations to their addresses, the suppression list, merges and
// merge suggestions. Streamed a page at a time; the export itself is audited before the first byte.
import { Readable } from "node:stream";
import type { Customer } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { NotFoundError } from "../../platform/errors.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import type { PrivacyDeps } from "./erase-customer.ts";
import { contactKeysOf } from "./erase-values.ts";
import * as exportRepo from "./export-repo.ts";
import { toCustomerMerge } from "./merge-log.ts";
import { mergedInto, responsesNaming } from "./privacy-repo.ts";
import { EXPORT_FORMAT } from "./privacy-shapes.ts";
import * as repo from "./repo.ts";

type Row = { id: string };

/** A JSON array written a page at a time: `[`, then each page's items, then `]`. */
async function* arrayOf<T extends Row>(read: (from: string | undefined) => Promise<T[]>) {
  yield "[";
  let from: string | undefined;
  let first = true;
  for (;;) {
    const page = await read(from);
    if (page.length > 0) {
      yield (first ? "" : ",") + page.map((row) => JSON.stringify(row)).join(",");
      first = false;
    }
    from = page.at(-1)?.id;
    if (page.length < exportRepo.EXPORT_PAGE) break;
  }
  yield "]";
}

/** A suggestion's evidence names every identity of the record that named both customers: only hers go out. */
function ownEvidence(evidence: unknown, identities: { kind: string; system: string; value: string }[]) {
  const own = new Set(
    identities.map((identity) =>
      identity.kind === "external" ? `${identity.system}:${identity.value}` : identity.value,
    ),
  );
  const { source, identities: named } = evidence as { source?: string; identities?: string[] };
  return { source, identities: (named ?? []).filter((value) => own.has(value)) };
}

async function* exportDocument(ex: Executor, workspaceId: string, customer: Customer, exportedAt: Date) {
  const merged = await mergedInto(ex, workspaceId, customer.id);
  const ids = [customer.id, ...merged];
  const identities = await repo.identitiesOf(ex, workspaceId, ids);
  const emails = identities.filter((identity) => identity.kind === "email").map((identity) => identity.value);
  const mergedCustomers = [];
  for (const id of merged) {
    const profile = await repo.findCustomer(ex, workspaceId, id);
    if (profile) mergedCustomers.push(profile);
  }
  const head = {
    format: EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    customer,
    mergedCustomers,
    identities: identities.map(({ workspaceId: _workspace, ...identity }) => identity),
  };
  yield JSON.stringify(head).slice(0, -1);
  const naming = responsesNaming(workspaceId, ids, identities);
  const keys = contactKeysOf(identities);
  const sections: [string, AsyncGenerator<string>][] = [
    ["interactions", arrayOf((from) => exportRepo.interactionsPage(ex, workspaceId, ids, from))],
    ["responses", arrayOf((from) => exportRepo.responsesPage(ex, naming, from))],
    ["events", arrayOf((from) => exportRepo.eventsPage(ex, workspaceId, ids, from))],
    ["contacts", arrayOf((from) => exportRepo.contactsPage(ex, workspaceId, keys, from))],
    ["invitations", arrayOf((from) => exportRepo.invitationsPage(ex, workspaceId, emails, from))],
  ];
  for (const [name, items] of sections) {
    yield `,${JSON.stringify(name)}:`;
    yield* items;
  }
  const tail = {
    scores: await exportRepo.scoresOf(ex, workspaceId, ids),
    suppressions: await exportRepo.suppressionsOfEmails(ex, workspaceId, emails),
    merges: (await exportRepo.mergesOfAll(ex, workspaceId, ids)).map((row) => {
      const { undoable: _now, ...merge } = toCustomerMerge(row, false);
      return { ...merge, survivorBefore: row.survivorBefore };
    }),
    mergeSuggestions: (await exportRepo.suggestionsOfAll(ex, workspaceId, ids)).map((row) => ({
      ...row,
      evidence: ownEvidence(row.evidence, identities),
    })),
  };
  yield `,${JSON.stringify(tail).slice(1)}`;
}

/** The export as a stream of JSON text; 404 for a customer of another workspace. */
export async function exportCustomer(deps: PrivacyDeps, caller: Caller, customerId: string) {
  const { workspaceId } = caller;
  const customer = await repo.findCustomer(deps.database.db, workspaceId, customerId);
  if (!customer) throw new NotFoundError("Customer");
  const exportedAt = deps.clock.now();
  await deps.database.transaction((tx) =>
    recordAudit(tx, workspaceId, actorOf(caller), {
      action: "customers.export",
      targetType: "customer",
      targetId: customerId,
    }),
  );
  return Readable.from(exportDocument(deps.database.db, workspaceId, customer, exportedAt));
}
