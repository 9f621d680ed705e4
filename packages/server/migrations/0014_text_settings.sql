CREATE TABLE "text_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"max_text_length" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
