// Use case: erase a customer (a data subject's request). One transaction takes their personal data out of
// every table that holds some: the profile and those merged into it, identities, responses' customer
// reference and free-text answers, interaction notes, profile events, merge records and suggestions,
// invitations to their addresses and the contact log. Rows stay where counts depend on them, so response
// counts, scores and choices are what they were. Their addresses stay suppressed, by keyed hash only.
// Erasing again changes nothing and answers what the first erasure did.
import type { SurveyDefinition } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Tx } from "../../platform/db/database.ts";
import { ConflictError, NotFoundError } from "../../platform/errors.ts";
import { eraseInvitationsTo, suppressErasedEmails } from "../invitations/suppressions-repo.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { findSurveyVersionIn } from "../surveys/service.ts";
import * as eraseRepo from "./erase-repo.ts";
import { contactKeysOf, eraseAnswers, eraseHidden, personalValueTest } from "./erase-values.ts";
import { lockCustomers } from "./merge-customers.ts";
import { type IdentityRow, mergedInto, responsesNaming } from "./privacy-repo.ts";
import type { ErasedKind, Erasure } from "./privacy-shapes.ts";
import * as repo from "./repo.ts";

export interface PrivacyDeps {
  database: Database;
  clock: Clock;
  /** The process secret: erased addresses stay on the suppression list as keyed hashes made with it. */
  secret: string;
}

const RESPONSE_PAGE = 500;

async function previousErasure(tx: Tx, workspaceId: string, customerId: string): Promise<Erasure> {
  const event = await eraseRepo.erasureEventOf(tx, workspaceId, customerId);
  const data = (event?.data ?? {}) as { customerId?: string; erased?: Erasure["erased"] };
  const row = await repo.findCustomerRow(tx, workspaceId, customerId);
  return {
    customerId: data.customerId ?? customerId,
    erasedAt: (row?.erasedAt ?? event?.occurredAt ?? new Date(0)).toISOString(),
    erased: data.erased ?? {},
  };
}

/** The customer and those merged into it, locked; stable once the customer's row is held. */
async function lockPerson(tx: Tx, workspaceId: string, customerId: string) {
  const ids = [customerId, ...(await mergedInto(tx, workspaceId, customerId))];
  const rows = await lockCustomers(tx, workspaceId, ids);
  const again = [customerId, ...(await mergedInto(tx, workspaceId, customerId))];
  if (again.length !== ids.length || again.some((id) => !ids.includes(id))) {
    throw new ConflictError("This customer was merged or unmerged meanwhile: try again.", "customer_changed");
  }
  return { ids, rows };
}

async function eraseResponses(
  tx: Tx,
  workspaceId: string,
  ids: string[],
  identities: IdentityRow[],
  isPersonal: (value: string) => boolean,
  now: Date,
) {
  const naming = responsesNaming(workspaceId, ids, identities);
  const definitions = new Map<string, SurveyDefinition | undefined>();
  let after: string | undefined;
  let erased = 0;
  for (;;) {
    const page = await eraseRepo.responsesToErase(tx, naming, after, RESPONSE_PAGE);
    for (const row of page) {
      const key = `${row.surveyId}:${row.surveyVersion}`;
      if (!definitions.has(key)) {
        definitions.set(key, await findSurveyVersionIn(tx, workspaceId, row.surveyId, row.surveyVersion));
      }
      await eraseRepo.eraseResponse(
        tx,
        workspaceId,
        row.id,
        {
          answers: eraseAnswers(definitions.get(key), row.answers as Record<string, unknown>),
          hidden: eraseHidden(row.hidden as Record<string, string>, isPersonal),
        },
        now,
      );
    }
    erased += page.length;
    after = page.at(-1)?.id;
    if (page.length < RESPONSE_PAGE) return erased;
  }
}

export async function eraseCustomer(deps: PrivacyDeps, caller: Caller, customerId: string): Promise<Erasure> {
  const { workspaceId } = caller;
  return deps.database.transaction(async (tx) => {
    const { ids, rows } = await lockPerson(tx, workspaceId, customerId);
    const row = rows.get(customerId);
    if (!row) throw new NotFoundError("Customer");
    if (row.erasedAt) return previousErasure(tx, workspaceId, customerId);
    if (row.mergedInto) {
      throw new ConflictError(
        `This customer was merged into ${row.mergedInto}: erase that customer, which erases both.`,
        "customer_merged",
      );
    }
    const now = deps.clock.now();
    const identities = await repo.identitiesOf(tx, workspaceId, ids);
    const values = (kind: string) => identities.filter((i) => i.kind === kind).map((i) => i.value);
    const emails = values("email");
    const isPersonal = personalValueTest({
      names: [...rows.values()].flatMap((profile) => (profile.name ? [profile.name] : [])),
      emails,
      phones: values("phone"),
      externalIds: values("external"),
    });
    const erased: Record<ErasedKind, number> = {
      profiles: ids.length,
      responses: await eraseResponses(tx, workspaceId, ids, identities, isPersonal, now),
      interactions: await eraseRepo.eraseInteractions(tx, workspaceId, ids),
      events: await eraseRepo.eraseEvents(tx, workspaceId, ids),
      suggestions: await eraseRepo.eraseSuggestionsOf(tx, workspaceId, ids, now),
      merges: await eraseRepo.eraseMergeRecords(tx, workspaceId, ids),
      contacts: await eraseRepo.deleteContactsByKeys(tx, workspaceId, contactKeysOf(identities)),
      invitations: await eraseInvitationsTo(tx, workspaceId, emails, deps.secret, "no_consent", now),
      identities: await eraseRepo.deleteIdentitiesOf(tx, workspaceId, ids),
    };
    await eraseRepo.eraseTextAnalyses(tx, workspaceId, ids);
    await suppressErasedEmails(tx, workspaceId, emails, deps.secret, "no_consent", now);
    await eraseRepo.eraseProfiles(tx, workspaceId, ids, now);
    const actor = actorOf(caller);
    // Ids and counts only, here and in the audit log: nothing that names the person.
    for (const id of ids) {
      await repo.insertCustomerEvent(tx, {
        workspaceId,
        customerId: id,
        kind: "erased",
        data: { customerId, erased },
        actor,
        occurredAt: now,
      });
    }
    await recordAudit(tx, workspaceId, actor, {
      action: "customers.erase",
      targetType: "customer",
      targetId: customerId,
      after: { customerIds: ids, erased },
    });
    return { customerId, erasedAt: now.toISOString(), erased };
  });
}
