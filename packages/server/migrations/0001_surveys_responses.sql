CREATE TABLE "quota_counts" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"quota_id" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "quota_counts_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"survey_version" integer NOT NULL,
	"status" text NOT NULL,
	"answers" jsonb NOT NULL,
	"hidden" jsonb NOT NULL,
	"language" text NOT NULL,
	"channel" text NOT NULL,
	"customer" jsonb,
	"client_response_id" text,
	"request_hash" text,
	"ending" text,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"counted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "responses_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_versions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"response_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "quota_counts_quota_key" ON "quota_counts" USING btree ("workspace_id","survey_id","quota_id");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_client_id_key" ON "responses" USING btree ("workspace_id","survey_id","client_response_id") WHERE "responses"."client_response_id" is not null;--> statement-breakpoint
CREATE INDEX "responses_survey_created_idx" ON "responses" USING btree ("workspace_id","survey_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_versions_survey_version_key" ON "survey_versions" USING btree ("workspace_id","survey_id","version");--> statement-breakpoint
CREATE INDEX "survey_versions_survey_idx" ON "survey_versions" USING btree ("workspace_id","survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_slug_key" ON "surveys" USING btree ("slug");