// Shapes of the privacy API (zod): the result of an erasure, and the sections of a customer export (the
// export itself is streamed, so its shape is documented here rather than validated on the way out).
import { customerSchema } from "@touchpoint/core";
import { z } from "zod";

export const ERASED_KINDS = [
  "profiles",
  "identities",
  "responses",
  "interactions",
  "events",
  "invitations",
  "contacts",
  "suggestions",
  "merges",
] as const;
export type ErasedKind = (typeof ERASED_KINDS)[number];

export const erasureSchema = z.object({
  customerId: z.uuid(),
  erasedAt: z.iso.datetime(),
  /** How many records of each kind lost their personal data (identities and contacts are deleted). */
  erased: z.partialRecord(z.enum(ERASED_KINDS), z.number().int()),
});
export type Erasure = z.infer<typeof erasureSchema>;

export const EXPORT_FORMAT = "touchpoint.customer-export.v1";

const rows = z.array(z.record(z.string(), z.unknown()));

/** For the OpenAPI document: what GET /customers/{id}/export streams. */
export const customerExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.iso.datetime(),
  customer: customerSchema,
  /** The customers merged into this one: the same person's earlier profiles. */
  mergedCustomers: z.array(customerSchema),
  identities: rows,
  interactions: rows,
  responses: rows,
  events: rows,
  scores: rows,
  contacts: rows,
  invitations: rows,
  suppressions: rows,
  merges: rows,
  mergeSuggestions: rows,
});
