CREATE TABLE "contact_events" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"customer_key" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contact_events_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "contact_policies" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"window_days" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "held_by" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_events_source_key" ON "contact_events" USING btree ("workspace_id","source","customer_key");--> statement-breakpoint
CREATE INDEX "contact_events_customer_idx" ON "contact_events" USING btree ("workspace_id","customer_key","occurred_at");--> statement-breakpoint
-- Invitations sent before the contact log existed still count against the frequency rules.
INSERT INTO "contact_events" ("workspace_id", "id", "customer_key", "survey_id", "channel", "kind", "source", "occurred_at")
SELECT "workspace_id", gen_random_uuid(), 'email:' || lower("email"), "survey_id", 'email', 'invited', 'invitation:' || "id", "created_at"
FROM "invitations" WHERE "status" NOT IN ('suppressed', 'failed');
