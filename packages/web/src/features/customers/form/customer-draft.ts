// What the customer forms edit, and the API bodies made from it. Empty rows are left out of the body, so
// the form remembers which row each sent item came from: the server's field paths index the body.
import type { Customer, CustomerInput } from "@touchpoint/core";

export interface ExternalIdDraft {
  system: string;
  value: string;
}

export interface IdentitiesDraft {
  externalIds: ExternalIdDraft[];
  emails: string[];
  phones: string[];
}

export interface NewCustomerDraft extends IdentitiesDraft {
  name: string;
  language: string;
  tags: string[];
}

export type IdentityList = keyof IdentitiesDraft;
export const IDENTITY_LISTS: readonly IdentityList[] = ["externalIds", "emails", "phones"];

export type IdentitiesInput = Required<Pick<CustomerInput, IdentityList>>;

/** For each identity list, the form row of each item sent: `rows.phones[sentIndex] === formRow`. */
export type SentRows = Record<IdentityList, number[]>;

/** A body as sent, with the rows its identities came from, to put the server's answer back on the form. */
export interface SentIdentities {
  input: IdentitiesInput;
  rows: SentRows;
}

export const EMPTY_NEW_CUSTOMER: NewCustomerDraft = {
  name: "",
  language: "",
  tags: [],
  emails: [""],
  phones: [""],
  externalIds: [],
};

/** An external id without a system is the workspace's "default" one, as the API reads it. */
const DEFAULT_SYSTEM = "default";

export function identitiesDraftOf(customer: Pick<Customer, IdentityList>): IdentitiesDraft {
  return {
    externalIds: customer.externalIds.map(({ system, value }) => ({ system, value })),
    emails: [...customer.emails],
    phones: [...customer.phones],
  };
}

function keptRows<T>(items: readonly T[], isEmpty: (item: T) => boolean): number[] {
  return items.flatMap((item, row) => (isEmpty(item) ? [] : [row]));
}

/** The three identity lists as PATCH replaces them and POST creates them: trimmed, empty rows left out. */
export function identitiesInputOf(draft: IdentitiesDraft): SentIdentities {
  const rows: SentRows = {
    externalIds: keptRows(draft.externalIds, (id) => id.value.trim() === ""),
    emails: keptRows(draft.emails, (email) => email.trim() === ""),
    phones: keptRows(draft.phones, (phone) => phone.trim() === ""),
  };
  const input: IdentitiesInput = {
    externalIds: rows.externalIds.flatMap((row) => {
      const id = draft.externalIds[row];
      return id ? [{ system: id.system.trim() || DEFAULT_SYSTEM, value: id.value.trim() }] : [];
    }),
    emails: rows.emails.flatMap((row) => draft.emails[row]?.trim() ?? []),
    phones: rows.phones.flatMap((row) => draft.phones[row]?.trim() ?? []),
  };
  return { input, rows };
}

export interface SentNewCustomer extends SentIdentities {
  input: CustomerInput & IdentitiesInput;
}

/** The POST body of a new customer; blank name and language are left out rather than sent empty. */
export function newCustomerInputOf(draft: NewCustomerDraft): SentNewCustomer {
  const identities = identitiesInputOf(draft);
  const name = draft.name.trim();
  const tags = [...new Set(draft.tags.map((tag) => tag.trim()).filter(Boolean))];
  return {
    rows: identities.rows,
    input: {
      ...(name ? { name } : {}),
      ...(draft.language ? { language: draft.language } : {}),
      ...identities.input,
      ...(tags.length > 0 ? { tags } : {}),
    },
  };
}

/** True when the draft names the customer somehow; a profile with nothing at all cannot be found again. */
export function hasSomethingToSave(draft: NewCustomerDraft): boolean {
  const { input } = newCustomerInputOf(draft);
  return (
    input.name !== undefined ||
    input.externalIds.length > 0 ||
    input.emails.length > 0 ||
    input.phones.length > 0
  );
}
