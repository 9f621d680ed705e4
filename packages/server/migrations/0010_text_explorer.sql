CREATE TABLE "text_labels" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"field" text NOT NULL,
	"task" text NOT NULL,
	"label" text NOT NULL,
	"labelled_by" text,
	"labelled_at" timestamp with time zone NOT NULL,
	CONSTRAINT "text_labels_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "text_reenrichment_runs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"cursor_kind" text,
	"cursor_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "text_reenrichment_runs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "text_taxonomies" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_topics" (
	"workspace_id" uuid NOT NULL,
	"id" text NOT NULL,
	"topic" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "text_topics_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "text_analyses" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE UNIQUE INDEX "text_labels_item_task_key" ON "text_labels" USING btree ("workspace_id","source_kind","source_id","field","task");--> statement-breakpoint
CREATE INDEX "text_reenrichment_runs_started_idx" ON "text_reenrichment_runs" USING btree ("workspace_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "text_reenrichment_runs_running_key" ON "text_reenrichment_runs" USING btree ("workspace_id") WHERE "text_reenrichment_runs"."status" = 'running';