// Drizzle tables of the customers module: one profile per customer, the identities that resolve records to
// it, the interactions of every channel, profile changes, latest scores, merges (undoable), merge
// suggestions, attribute definitions, segments and personas.
import { sql } from "drizzle-orm";
import {
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

export const customers = pgTable(
  "customers",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    name: text("name"),
    language: text("language"),
    attributes: jsonb("attributes").notNull().default({}),
    tags: jsonb("tags").notNull().default([]),
    /** Consent per channel: { email: { granted, source, at } }. */
    consent: jsonb("consent").notNull().default({}),
    preferences: jsonb("preferences").notNull().default({}),
    /** Name, emails, phones and external ids folded (no diacritics, lower case), for search. */
    searchText: text("search_text").notNull().default(""),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    mergedInto: uuid("merged_into"),
    erasedAt: at("erased_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("customers_list_idx").on(t.workspaceId, t.id).where(sql`${t.mergedInto} is null`),
  ],
);

export const customerIdentities = pgTable(
  "customer_identities",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    customerId: uuid("customer_id").notNull(),
    /** external | email | phone */
    kind: text("kind").notNull(),
    /** The external id's system ("crm", "app"); "" for emails and phones. */
    system: text("system").notNull().default(""),
    /** Normalised: E.164 phones, lower-cased emails. */
    value: text("value").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // One identity names one customer: what makes resolution safe under concurrency.
    uniqueIndex("customer_identities_value_key").on(t.workspaceId, t.kind, t.system, t.value),
    index("customer_identities_customer_idx").on(t.workspaceId, t.customerId),
  ],
);

export const attributeDefinitions = pgTable(
  "customer_attribute_definitions",
  {
    workspaceId: uuid("workspace_id").notNull(),
    key: text("key").notNull(),
    label: jsonb("label").notNull(),
    type: text("type").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] })],
);

export const interactions = pgTable(
  "interactions",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    customerId: uuid("customer_id").notNull(),
    eventId: text("event_id"),
    channel: text("channel").notNull(),
    touchpoint: text("touchpoint"),
    type: text("type").notNull(),
    occurredAt: at("occurred_at").notNull(),
    outcome: text("outcome"),
    effort: real("effort"),
    durationSeconds: integer("duration_seconds"),
    agent: text("agent"),
    note: text("note"),
    metadata: jsonb("metadata").notNull().default({}),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("interactions_event_id_key")
      .on(t.workspaceId, t.eventId)
      .where(sql`${t.eventId} is not null`),
    index("interactions_customer_idx").on(t.workspaceId, t.customerId, t.occurredAt, t.id),
    index("interactions_occurred_idx").on(t.workspaceId, t.occurredAt),
  ],
);

/** Profile changes for the timeline: created, updated (with the fields), consent, merged, unmerged, erased. */
export const customerEvents = pgTable(
  "customer_events",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    customerId: uuid("customer_id").notNull(),
    kind: text("kind").notNull(),
    data: jsonb("data").notNull().default({}),
    /** Who made the change (an AuditActor), or the source record that did. */
    actor: jsonb("actor"),
    occurredAt: at("occurred_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("customer_events_customer_idx").on(t.workspaceId, t.customerId, t.occurredAt, t.id),
  ],
);

/** The latest score of each metric per customer, kept as responses arrive; segments and context read it. */
export const customerScores = pgTable(
  "customer_scores",
  {
    workspaceId: uuid("workspace_id").notNull(),
    customerId: uuid("customer_id").notNull(),
    /** nps | csat | ces */
    metric: text("metric").notNull(),
    value: real("value").notNull(),
    responseId: uuid("response_id").notNull(),
    surveyId: uuid("survey_id").notNull(),
    at: at("at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.customerId, t.metric] }),
    index("customer_scores_metric_idx").on(t.workspaceId, t.metric, t.value),
  ],
);

export const mergeSuggestions = pgTable(
  "customer_merge_suggestions",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    /** The pair in id order, so one pair has one open suggestion. */
    customerId: uuid("customer_id").notNull(),
    otherCustomerId: uuid("other_customer_id").notNull(),
    /** Why: the identities of one record that named both. */
    evidence: jsonb("evidence").notNull(),
    /** open | merged | dismissed */
    status: text("status").notNull(),
    createdAt: at("created_at").notNull(),
    resolvedAt: at("resolved_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("customer_merge_suggestions_open_key")
      .on(t.workspaceId, t.customerId, t.otherCustomerId)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** A merge, with what moved, so that it can be undone exactly. */
export const customerMerges = pgTable(
  "customer_merges",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    survivorId: uuid("survivor_id").notNull(),
    mergedId: uuid("merged_id").notNull(),
    /** Ids moved from the merged customer: identities, interactions, responses, events, scores. */
    moved: jsonb("moved").notNull(),
    /** The survivor's profile fields before the merge filled its gaps. */
    survivorBefore: jsonb("survivor_before").notNull(),
    actor: jsonb("actor").notNull(),
    mergedAt: at("merged_at").notNull(),
    undoneAt: at("undone_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("customer_merges_survivor_idx").on(t.workspaceId, t.survivorId),
  ],
);

export const segments = pgTable(
  "segments",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    definition: jsonb("definition").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const personas = pgTable(
  "personas",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    /** The persona as PersonaInput: name, description, goals, needs, pains, quote, picture, segments. */
    content: jsonb("content").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);
