CREATE TABLE "email_suppressions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"email" text NOT NULL,
	"reason" text NOT NULL,
	"invitation_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "email_suppressions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "invitation_batches" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"subject" jsonb,
	"message" jsonb,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"reminder_interval_hours" integer DEFAULT 72 NOT NULL,
	"link_base" text NOT NULL,
	"created_by_id" text,
	"created_by_label" text NOT NULL,
	"recipient_count" integer NOT NULL,
	"queued_count" integer NOT NULL,
	"suppressed_count" integer NOT NULL,
	"duplicate_count" integer NOT NULL,
	"invalid_count" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "invitation_batches_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"language" text NOT NULL,
	"hidden" jsonb NOT NULL,
	"token_hash" text NOT NULL,
	"status" text NOT NULL,
	"suppression_reason" text,
	"error" text,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"next_reminder_at" timestamp with time zone,
	"response_id" uuid,
	"checked_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "invitations_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "email_suppressions_email_key" ON "email_suppressions" USING btree ("workspace_id","email");--> statement-breakpoint
CREATE INDEX "invitation_batches_survey_idx" ON "invitation_batches" USING btree ("workspace_id","survey_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_batch_idx" ON "invitations" USING btree ("workspace_id","batch_id","id");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("workspace_id","email","created_at");--> statement-breakpoint
CREATE INDEX "invitations_due_reminder_idx" ON "invitations" USING btree ("next_reminder_at") WHERE "invitations"."next_reminder_at" is not null;--> statement-breakpoint
CREATE INDEX "invitations_started_idx" ON "invitations" USING btree ("checked_at") WHERE "invitations"."status" = 'started';