// Drizzle tables of the text module: the stored analysis of every open-text answer and interaction note,
// one row per (source, field), written by the text.enrich job and read by lists, analytics and segments;
// the labels people give them, the workspace's own taxonomy topics, the re-enrichment runs and the models
// trained on the labels.
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
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
     * The text folded for search (lower-case, no diacritics, đ as d), so "khong hai long" finds "Không hài
     * lòng". Null on rows analysed before it was kept (a re-enrichment fills it) and after an erasure.
     */
    searchText: text("search_text"),
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

/**
 * Labels people give a comment, one per task (topic, sentiment): the training data of later models. Keyed
 * by the source and field rather than the analysis id, so a re-enrichment that replaces the row keeps them.
 */
export const textLabels = pgTable(
  "text_labels",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    sourceKind: text("source_kind").notNull(),
    sourceId: uuid("source_id").notNull(),
    field: text("field").notNull(),
    /** topic | sentiment */
    task: text("task").notNull(),
    label: text("label").notNull(),
    /** The user's or the API key's id. */
    labelledBy: text("labelled_by"),
    labelledAt: at("labelled_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("text_labels_item_task_key").on(t.workspaceId, t.sourceKind, t.sourceId, t.field, t.task),
  ],
);

/** The workspace's own taxonomy topics, added to the default taxonomy (extendTaxonomy). */
export const textTopics = pgTable(
  "text_topics",
  {
    workspaceId: uuid("workspace_id").notNull(),
    /** The topic's id (topicSchema), unique in the workspace. */
    id: text("id").notNull(),
    topic: jsonb("topic").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** The version of a workspace's taxonomy, raised by every change; no row means version 0. */
export const textTaxonomies = pgTable("text_taxonomies", {
  workspaceId: uuid("workspace_id").primaryKey(),
  version: integer("version").notNull(),
  updatedAt: at("updated_at").notNull(),
});

/** A workspace's text settings (core's textSettingsSchema); no row means the defaults. */
export const textSettings = pgTable("text_settings", {
  workspaceId: uuid("workspace_id").primaryKey(),
  maxTextLength: integer("max_text_length").notNull(),
  updatedAt: at("updated_at").notNull(),
});

/**
 * A walk over every text source of the workspace that analyses it again with the current taxonomy. The
 * cursor (the last source done, kinds in TEXT_SOURCE_KINDS order) commits with each batch's analyses, so
 * a restarted worker continues where the last one stopped.
 */
export const textReenrichmentRuns = pgTable(
  "text_reenrichment_runs",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    /** running | done | failed */
    status: text("status").notNull(),
    /** taxonomy | manual */
    reason: text("reason").notNull(),
    total: integer("total").notNull(),
    done: integer("done").notNull().default(0),
    cursorKind: text("cursor_kind"),
    cursorId: uuid("cursor_id"),
    startedAt: at("started_at").notNull(),
    finishedAt: at("finished_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("text_reenrichment_runs_started_idx").on(t.workspaceId, t.startedAt),
    // At most one running run per workspace, whatever the races between requests.
    uniqueIndex("text_reenrichment_runs_running_key").on(t.workspaceId).where(sql`${t.status} = 'running'`),
  ],
);

/**
 * Text models a workspace trained on its own labels (the model file of core's text-model.ts), with the
 * held-out metrics they were measured with. Older models stay, so a rollback is activating one again.
 */
export const textModels = pgTable(
  "text_models",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    /** topic | sentiment */
    task: text("task").notNull(),
    model: jsonb("model").notNull(),
    /** Training labels per class. */
    counts: jsonb("counts").notNull(),
    metrics: jsonb("metrics").notNull(),
    /** The user's or the API key's id. */
    trainedBy: text("trained_by"),
    trainedAt: at("trained_at").notNull(),
    active: boolean("active").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("text_models_trained_idx").on(t.workspaceId, t.trainedAt),
    // The enrichment uses one model per task, whatever the races between requests.
    uniqueIndex("text_models_active_key").on(t.workspaceId, t.task).where(sql`${t.active}`),
  ],
);
