// Who the visitor is, as the site told Touchpoint.identify: kept across pages, sent with each response as
// the customer reference, and cleaned to the API's limits first — a response refused for a too-long name
// would be lost from the offline queue.
import type { Identity } from "./widget-types.ts";

export const IDENTITY_KEY = "touchpoint:identity";

const KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?$/;

type AttributeValue = string | number | boolean | null;

/** The identity with what the API would refuse left out, and the names of the fields left out. */
export function cleanIdentity(input: unknown): { identity: Identity; ignored: string[] } {
  const given = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const identity: Identity = {};
  const ignored: string[] = [];
  const text = (field: "id" | "email" | "phone" | "name" | "userHash", max: number) => {
    const value = given[field];
    if (value === undefined || value === null) return;
    const trimmed = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
    if (trimmed.length > 0 && trimmed.length <= max) identity[field] = trimmed;
    else ignored.push(field);
  };
  text("id", 200);
  text("email", 320);
  text("phone", 40);
  text("name", 200);
  text("userHash", 128);
  if (typeof given.language === "string" && LANGUAGE.test(given.language)) identity.language = given.language;
  else if (given.language !== undefined) ignored.push("language");
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(
    (given.attributes as Record<string, unknown> | undefined) ?? {},
  )) {
    const fits =
      value === null ||
      typeof value === "boolean" ||
      (typeof value === "number" && Number.isFinite(value)) ||
      (typeof value === "string" && value.length <= 2000);
    if (KEY.test(key) && fits) attributes[key] = value as AttributeValue;
    else ignored.push(`attributes.${key}`);
  }
  if (Object.keys(attributes).length > 0) identity.attributes = attributes;
  return { identity, ignored };
}

/**
 * The response's customer reference; none unless the visitor has an id, email or phone (the API's rule).
 * The userHash stays out: only the contact check uses it.
 */
export function customerReferenceOf(identity: Identity): Record<string, unknown> | undefined {
  if (!identity.id && !identity.email && !identity.phone) return undefined;
  const { id, userHash: _proof, ...rest } = identity;
  return id ? { externalId: id, ...rest } : rest;
}

/** Whether the site proved the visitor's id (a userHash with it): only such a visitor can be in a segment. */
export const isVerifiedIdentity = (identity: Identity) => Boolean(identity.id && identity.userHash);

/** What survey text may pipe in as {{customer.x}} and conditions may test: the attributes, and the name. */
export function customerContextOf(identity: Identity): Record<string, unknown> {
  return identity.name ? { name: identity.name, ...identity.attributes } : { ...identity.attributes };
}
