// Drizzle tables of the text module: the stored analysis of every open-text answer and interaction note,
// one row per (source, field), written by the text.enrich job and read by lists, analytics and segments.
import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, real, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at } from "../../platform/db/columns.ts";

export const textAnalyses = pgTable(
  "text_analyses",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    /** response_answer | interaction_note */
    sourceKind: text("source_kind").notNull(),
    /** The response's or the interaction's id. */
    sourceId: uuid("source_id").notNull(),
    /** The question id of an answer, "note" for an interaction's note. */
    field: text("field").notNull(),
    customerId: uuid("customer_id"),
    language: text("language").notNull(),
    sentiment: text("sentiment").notNull(),
    score: real("score").notNull(),
    topics: jsonb("topics").notNull().default([]),
    aspects: jsonb("aspects").notNull().default([]),
    keywords: jsonb("keywords").notNull().default([]),
    modelVersion: text("model_version").notNull(),
    /**
     * When the feedback was given (a response's completion, an interaction's occurred_at), not when it was
     * analysed: windows like "negative feedback in the last 90 days" must not count an old note imported today.
     */
    occurredAt: at("occurred_at").notNull(),
    analysedAt: at("analysed_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("text_analyses_source_key").on(t.workspaceId, t.sourceKind, t.sourceId, t.field),
    index("text_analyses_sentiment_idx").on(t.workspaceId, t.sentiment, t.occurredAt, t.id),
    index("text_analyses_customer_idx")
      .on(t.workspaceId, t.customerId, t.occurredAt)
      .where(sql`${t.customerId} is not null`),
    index("text_analyses_occurred_idx").on(t.workspaceId, t.occurredAt, t.id),
  ],
);
