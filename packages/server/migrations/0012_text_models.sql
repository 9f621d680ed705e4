CREATE TABLE "analytics_dashboards" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"team" text,
	"definition" jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "analytics_dashboards_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "text_models" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"task" text NOT NULL,
	"model" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"trained_by" text,
	"trained_at" timestamp with time zone NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	CONSTRAINT "text_models_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_dashboards_default_key" ON "analytics_dashboards" USING btree ("workspace_id") WHERE "analytics_dashboards"."is_default";--> statement-breakpoint
CREATE INDEX "text_models_trained_idx" ON "text_models" USING btree ("workspace_id","trained_at");--> statement-breakpoint
CREATE UNIQUE INDEX "text_models_active_key" ON "text_models" USING btree ("workspace_id","task") WHERE "text_models"."active";