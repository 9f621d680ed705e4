// The identities a record names a customer by, normalised and in resolution order: external ids, then
// emails, then phones. Bad emails and phones are reported by field path.
import { type CustomerInput, type CustomerReference, normalizeEmail, normalizePhone } from "@touchpoint/core";
import type { FieldError } from "../../platform/errors.ts";

export type IdentityKind = "external" | "email" | "phone";

export interface Identity {
  kind: IdentityKind;
  /** The external id's system; "" for emails and phones. */
  system: string;
  value: string;
}

export const identityKey = (identity: Pick<Identity, "system" | "value"> & { kind: string }) =>
  `${identity.kind}:${identity.system}:${identity.value}`;

export interface NamedIdentities {
  identities: Identity[];
  errors: FieldError[];
}

function collect(
  externalIds: { system: string; value: string; path: string }[],
  emails: { value: string; path: string }[],
  phones: { value: string; path: string }[],
): NamedIdentities {
  const identities: Identity[] = [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const add = (identity: Identity) => {
    const key = identityKey(identity);
    if (!seen.has(key)) identities.push(identity);
    seen.add(key);
  };
  for (const { system, value } of externalIds) add({ kind: "external", system, value: value.trim() });
  for (const { value, path } of emails) {
    const email = normalizeEmail(value);
    if (email) add({ kind: "email", system: "", value: email });
    else errors.push({ path, message: "must be an email address" });
  }
  for (const { value, path } of phones) {
    const phone = normalizePhone(value);
    if (phone) add({ kind: "phone", system: "", value: phone });
    else errors.push({ path, message: "must be a phone number (Vietnamese, or international with +)" });
  }
  return { identities, errors };
}

/** The identities of a profile given through the customers API. */
export function identitiesOfInput(input: Pick<CustomerInput, "externalIds" | "emails" | "phones">) {
  return collect(
    (input.externalIds ?? []).map((id, i) => ({ ...id, path: `externalIds.${i}` })),
    (input.emails ?? []).map((value, i) => ({ value, path: `emails.${i}` })),
    (input.phones ?? []).map((value, i) => ({ value, path: `phones.${i}` })),
  );
}

/** The identities of an inbound record's customer reference (a response, an interaction, an import row). */
export function identitiesOfReference(
  ref: Pick<CustomerReference, "externalId" | "email" | "phone">,
  path = "customer",
) {
  return collect(
    ref.externalId ? [{ system: "default", value: ref.externalId, path: `${path}.externalId` }] : [],
    ref.email ? [{ value: ref.email, path: `${path}.email` }] : [],
    ref.phone ? [{ value: ref.phone, path: `${path}.phone` }] : [],
  );
}
