// A stored text analysis: what the enrichment keeps of one open-text answer or interaction note, as the
// API lists it (GET /api/v1/text/analyses). The text itself stays with its source.
import { z } from "zod";
import { textAnalysisSchema } from "./analyze.ts";
import { sentimentSchema } from "./sentiment.ts";

export const TEXT_SOURCE_KINDS = ["response_answer", "interaction_note"] as const;
export const textSourceKindSchema = z.enum(TEXT_SOURCE_KINDS);
export type TextSourceKind = z.infer<typeof textSourceKindSchema>;

export const storedTextAnalysisSchema = textAnalysisSchema.extend({
  id: z.string(),
  kind: textSourceKindSchema,
  /** The response's or the interaction's id. */
  sourceId: z.string(),
  /** The question id of an answer; "note" for an interaction's note. */
  field: z.string(),
  customerId: z.string().nullable(),
  modelVersion: z.string(),
  /** When the feedback was given: a response's completion, an interaction's time. */
  occurredAt: z.string(),
  analysedAt: z.string(),
});
export type StoredTextAnalysis = z.infer<typeof storedTextAnalysisSchema>;

export const textAnalysisPageSchema = z.object({
  items: z.array(storedTextAnalysisSchema),
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: z.string().nullable(),
});
export type TextAnalysisPage = z.infer<typeof textAnalysisPageSchema>;

export const textAnalysisFiltersSchema = z.strictObject({
  sentiment: sentimentSchema.optional(),
  /** A topic id of the taxonomy: rows that mention it. */
  topic: z.string().min(1).max(64).optional(),
  language: z.string().min(2).max(16).optional(),
  kind: textSourceKindSchema.optional(),
  /** Feedback given at or after this instant (ISO 8601). */
  from: z.iso.datetime({ offset: true }).optional(),
  /** Feedback given at or before this instant (ISO 8601). */
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TextAnalysisFilters = z.infer<typeof textAnalysisFiltersSchema>;
