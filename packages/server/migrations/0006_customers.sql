CREATE TABLE "customer_attribute_definitions" (
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" jsonb NOT NULL,
	"type" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_attribute_definitions_workspace_id_key_pk" PRIMARY KEY("workspace_id","key")
);
--> statement-breakpoint
CREATE TABLE "customer_events" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor" jsonb,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_events_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_identities" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"system" text DEFAULT '' NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_identities_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_merges" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"moved" jsonb NOT NULL,
	"survivor_before" jsonb NOT NULL,
	"actor" jsonb NOT NULL,
	"merged_at" timestamp with time zone NOT NULL,
	"undone_at" timestamp with time zone,
	CONSTRAINT "customer_merges_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_scores" (
	"workspace_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"value" real NOT NULL,
	"response_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_scores_workspace_id_customer_id_metric_pk" PRIMARY KEY("workspace_id","customer_id","metric")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text,
	"language" text,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"consent" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"merged_into" uuid,
	"erased_at" timestamp with time zone,
	CONSTRAINT "customers_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"event_id" text,
	"channel" text NOT NULL,
	"touchpoint" text,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"effort" real,
	"duration_seconds" integer,
	"agent" text,
	"note" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "interactions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_merge_suggestions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"other_customer_id" uuid NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "customer_merge_suggestions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "personas" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "personas_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "segments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "customer_id" uuid;--> statement-breakpoint
CREATE INDEX "customer_events_customer_idx" ON "customer_events" USING btree ("workspace_id","customer_id","occurred_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_identities_value_key" ON "customer_identities" USING btree ("workspace_id","kind","system","value");--> statement-breakpoint
CREATE INDEX "customer_identities_customer_idx" ON "customer_identities" USING btree ("workspace_id","customer_id");--> statement-breakpoint
CREATE INDEX "customer_merges_survivor_idx" ON "customer_merges" USING btree ("workspace_id","survivor_id");--> statement-breakpoint
CREATE INDEX "customer_scores_metric_idx" ON "customer_scores" USING btree ("workspace_id","metric","value");--> statement-breakpoint
CREATE INDEX "customers_list_idx" ON "customers" USING btree ("workspace_id","id") WHERE "customers"."merged_into" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_event_id_key" ON "interactions" USING btree ("workspace_id","event_id") WHERE "interactions"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "interactions_customer_idx" ON "interactions" USING btree ("workspace_id","customer_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "interactions_occurred_idx" ON "interactions" USING btree ("workspace_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_merge_suggestions_open_key" ON "customer_merge_suggestions" USING btree ("workspace_id","customer_id","other_customer_id") WHERE "customer_merge_suggestions"."status" = 'open';--> statement-breakpoint
CREATE INDEX "responses_customer_idx" ON "responses" USING btree ("workspace_id","customer_id","created_at") WHERE "responses"."customer_id" is not null;