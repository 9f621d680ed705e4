// Drizzle table of saved dashboards. The definition (global filters, widgets, note) is one jsonb document
// validated by core's schema on the way in and out; only what lists filter on has a column of its own.
import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at } from "../../platform/db/columns.ts";

export const analyticsDashboards = pgTable(
  "analytics_dashboards",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    /** The department or team it belongs to, free text; null for the whole workspace. */
    team: text("team"),
    definition: jsonb("definition").notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    createdBy: text("created_by").notNull(),
    /** Raised by every update; an update made against an older version is refused (optimistic concurrency). */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // One default per workspace, even when two first visits create it at once.
    uniqueIndex("analytics_dashboards_default_key").on(t.workspaceId).where(sql`${t.isDefault}`),
  ],
);
