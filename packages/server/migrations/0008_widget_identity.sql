CREATE TABLE "widget_identity_secrets" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
