// Checks one interaction as sent (API item, JSONL line, CSV row) on its own: the core schema, then the
// identities its customer reference names, so a bad email is refused at `customer.email` like an unknown
// channel at `channel`, and one bad item never fails the others of its batch.
import { type InteractionInput, interactionInputSchema } from "@touchpoint/core";
import type { FieldError } from "../../platform/errors.ts";
import { fieldErrorsFromZod } from "../../platform/field-errors.ts";
import { type Identity, identitiesOfReference } from "./identities.ts";

export interface CheckedInteraction {
  input: InteractionInput;
  /** The reference's identities, normalised, in resolution order; never empty. */
  identities: Identity[];
}

export type InteractionCheck =
  | { ok: true; interaction: CheckedInteraction }
  | { ok: false; errors: FieldError[] };

export function checkInteraction(value: unknown): InteractionCheck {
  const parsed = interactionInputSchema.safeParse(value);
  if (!parsed.success) {
    // Report the bad email or phone too, not only what the schema found, so one round trip fixes all.
    const reported = fieldErrorsFromZod(parsed.error);
    const known = new Set(reported.map((error) => error.path));
    const more = identityErrors(referenceOf(value)).filter((error) => !known.has(error.path));
    return { ok: false, errors: [...reported, ...more] };
  }
  const errors = identityErrors(parsed.data.customer);
  if (errors.length > 0) return { ok: false, errors };
  const { identities } = identitiesOfReference(parsed.data.customer);
  return { ok: true, interaction: { input: parsed.data, identities } };
}

interface ReferenceValues {
  externalId?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

function identityErrors(reference: ReferenceValues): FieldError[] {
  const { errors } = identitiesOfReference(reference);
  // "   " passes the schema's min(1) but names nobody once trimmed.
  if (reference.externalId !== undefined && !reference.externalId.trim())
    errors.unshift({ path: "customer.externalId", message: "must not be blank" });
  return errors;
}

/** The string identity fields of a reference that failed the schema, to check them all the same. */
function referenceOf(value: unknown): ReferenceValues {
  const customer = isRecord(value) ? value.customer : undefined;
  if (!isRecord(customer)) return {};
  const text = (field: unknown) => (typeof field === "string" && field !== "" ? field : undefined);
  return { externalId: text(customer.externalId), email: text(customer.email), phone: text(customer.phone) };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
