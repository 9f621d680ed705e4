// Drizzle tables of the contacts module: every time a survey asked a customer, on any channel, and the
// workspace's contact policy. Issue "customers" will attach these keys to customer profiles.
import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at } from "../../platform/db/columns.ts";

export const contactEvents = pgTable(
  "contact_events",
  {
    workspaceId: uuid("workspace_id").notNull(),
    id: uuid("id").notNull(),
    /** `id:…`, `email:…` or `phone:…` (customerKeysOf); one row per key a contact knew the customer by. */
    customerKey: text("customer_key").notNull(),
    surveyId: uuid("survey_id").notNull(),
    channel: text("channel").notNull(),
    /** invited | shown | responded */
    kind: text("kind").notNull(),
    /** What made the contact (`invitation:<id>`, `response:<id>`, `widget:<id>`): recording it twice is a no-op. */
    source: text("source").notNull(),
    occurredAt: at("occurred_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("contact_events_source_key").on(t.workspaceId, t.source, t.customerKey),
    index("contact_events_customer_idx").on(t.workspaceId, t.customerKey, t.occurredAt),
  ],
);

export const contactPolicies = pgTable("contact_policies", {
  workspaceId: uuid("workspace_id").primaryKey(),
  windowDays: integer("window_days").notNull(),
  updatedAt: at("updated_at").notNull(),
});
