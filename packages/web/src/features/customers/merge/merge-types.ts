// Shapes of the merge API as the dashboard reads them. They mirror the server's merge-shapes.ts, which keeps
// them beside its routes "until the dashboard needs them; then they move to core": they should move to core
// (packages/core/src/customers) and this file become imports of them.
import type { Customer } from "@touchpoint/core";

export interface CustomerMerge {
  id: string;
  survivorId: string;
  mergedId: string;
  moved: { identities: number; interactions: number; responses: number; events: number };
  /** The survivor's profile fields the merge filled ("name", "attributes.tier"). */
  filled: string[];
  scores: string[];
  actor: { type: string; label: string };
  mergedAt: string;
  undoneAt: string | null;
  undoable: boolean;
}

export interface MergeResult {
  merge: CustomerMerge;
  survivor: Customer;
}

export interface UndoResult extends MergeResult {
  restored: Customer;
}

export const SUGGESTION_STATUSES = ["open", "merged", "dismissed"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export type CustomerSummary = Pick<
  Customer,
  "id" | "name" | "externalIds" | "emails" | "phones" | "mergedInto" | "erasedAt"
>;

export interface MergeSuggestion {
  id: string;
  status: SuggestionStatus;
  customers: [CustomerSummary, CustomerSummary];
  evidence: Record<string, unknown>;
  createdAt: string;
  resolvedAt: string | null;
}
