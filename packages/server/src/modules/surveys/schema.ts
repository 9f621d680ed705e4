// Drizzle tables of the surveys module: a survey and the versions of its definition.
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const surveys = pgTable(
  "surveys",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    /** Public address of the hosted page (/s/<slug>), so unique across workspaces. */
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    status: text("status").notNull().default("draft"),
    currentVersion: integer("current_version").notNull().default(1),
    /** Maintained by the responses.stored job, not by the ingestion transaction (no hot row there). */
    responseCount: integer("response_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex("surveys_slug_key").on(t.slug)],
);

export const surveyVersions = pgTable(
  "survey_versions",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    surveyId: uuid("survey_id").notNull(),
    version: integer("version").notNull(),
    definition: jsonb("definition").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("survey_versions_survey_version_key").on(t.workspaceId, t.surveyId, t.version),
    index("survey_versions_survey_idx").on(t.workspaceId, t.surveyId),
  ],
);
