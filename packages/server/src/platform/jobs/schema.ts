// The transactional outbox: jobs written in the same transaction as the change that causes them, then
// relayed to pg-boss in batches. A platform table, not a tenant's: the job data carries its workspace.
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const jobOutbox = pgTable("job_outbox", {
  id: uuid("id").primaryKey(),
  queue: text("queue").notNull(),
  data: jsonb("data").notNull(),
  singletonKey: text("singleton_key"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
