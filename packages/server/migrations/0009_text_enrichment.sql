CREATE TABLE "text_analyses" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"field" text NOT NULL,
	"customer_id" uuid,
	"language" text NOT NULL,
	"sentiment" text NOT NULL,
	"score" real NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"aspects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model_version" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"analysed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "text_analyses_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "text_analyses_source_key" ON "text_analyses" USING btree ("workspace_id","source_kind","source_id","field");--> statement-breakpoint
CREATE INDEX "text_analyses_sentiment_idx" ON "text_analyses" USING btree ("workspace_id","sentiment","occurred_at","id");--> statement-breakpoint
CREATE INDEX "text_analyses_customer_idx" ON "text_analyses" USING btree ("workspace_id","customer_id","occurred_at") WHERE "text_analyses"."customer_id" is not null;--> statement-breakpoint
CREATE INDEX "text_analyses_occurred_idx" ON "text_analyses" USING btree ("workspace_id","occurred_at","id");