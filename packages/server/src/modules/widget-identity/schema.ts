// Drizzle table of the widget-identity module: each workspace's secret for identity verification, with which
// the customer's own backend signs a visitor's id (userHash) before the web widget may claim it.
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const widgetIdentitySecrets = pgTable("widget_identity_secrets", {
  workspaceId: uuid("workspace_id").primaryKey(),
  /**
   * Kept as written, not hashed: the server recomputes HMAC-SHA256(secret, id) for each check, like a
   * webhook signing secret. Only owners and admins can read it (workspace.manage).
   */
  secret: text("secret").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});
