// Shapes of the merge API (zod): a merge as listed and undone, and merge suggestions with both customers
// summarised. They live beside the routes until the dashboard needs them; then they move to core.
import { customerSchema } from "@touchpoint/core";
import { z } from "zod";

export const mergeRequestSchema = z.strictObject({
  /** The customer merged into the one in the path; it keeps its id and points to the survivor. */
  customerId: z.uuid(),
});

export const customerMergeSchema = z.object({
  id: z.uuid(),
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  /** How many records of the merged customer moved to the survivor. */
  moved: z.object({
    identities: z.number().int(),
    interactions: z.number().int(),
    responses: z.number().int(),
    events: z.number().int(),
  }),
  /** The survivor's profile fields the merge filled from the merged customer ("name", "attributes.tier"). */
  filled: z.array(z.string()),
  /** The metrics whose latest score the survivor took from the merged customer (it was newer). */
  scores: z.array(z.string()),
  actor: z.object({ type: z.string(), label: z.string() }),
  mergedAt: z.iso.datetime(),
  undoneAt: z.iso.datetime().nullable(),
  /** Whether it can be undone now: not undone, the latest merge of its survivor, neither customer erased. */
  undoable: z.boolean(),
});
export type CustomerMerge = z.infer<typeof customerMergeSchema>;

export const mergeResultSchema = z.object({ merge: customerMergeSchema, survivor: customerSchema });

export const undoResultSchema = z.object({
  merge: customerMergeSchema,
  survivor: customerSchema,
  /** The merged customer, live again. */
  restored: customerSchema,
});

export const SUGGESTION_STATUSES = ["open", "merged", "dismissed"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const customerSummarySchema = customerSchema.pick({
  id: true,
  name: true,
  externalIds: true,
  emails: true,
  phones: true,
  mergedInto: true,
  erasedAt: true,
});

export const mergeSuggestionSchema = z.object({
  id: z.uuid(),
  status: z.enum(SUGGESTION_STATUSES),
  /** The pair, in id order. */
  customers: z.tuple([customerSummarySchema, customerSummarySchema]),
  /** Why: the record that named both ("response:<id>") and the identities it named. */
  evidence: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
});
export type MergeSuggestion = z.infer<typeof mergeSuggestionSchema>;
