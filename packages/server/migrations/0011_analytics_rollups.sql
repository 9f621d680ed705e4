CREATE TABLE "analytics_answered" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"question_id" text NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_answered_workspace_id_survey_id_question_id_day_channel_language_pk" PRIMARY KEY("workspace_id","survey_id","question_id","day","channel","language")
);
--> statement-breakpoint
CREATE TABLE "analytics_choices" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"question_id" text NOT NULL,
	"choice" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_choices_workspace_id_survey_id_question_id_day_channel_language_choice_pk" PRIMARY KEY("workspace_id","survey_id","question_id","day","channel","language","choice")
);
--> statement-breakpoint
CREATE TABLE "analytics_completions" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_completions_workspace_id_survey_id_day_channel_language_pk" PRIMARY KEY("workspace_id","survey_id","day","channel","language")
);
--> statement-breakpoint
CREATE TABLE "analytics_durations" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"bucket" smallint NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_durations_workspace_id_survey_id_day_channel_language_bucket_pk" PRIMARY KEY("workspace_id","survey_id","day","channel","language","bucket")
);
--> statement-breakpoint
CREATE TABLE "analytics_pairs" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"question_a" text NOT NULL,
	"question_b" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sum_x" numeric DEFAULT '0' NOT NULL,
	"sum_y" numeric DEFAULT '0' NOT NULL,
	"sum_xx" numeric DEFAULT '0' NOT NULL,
	"sum_yy" numeric DEFAULT '0' NOT NULL,
	"sum_xy" numeric DEFAULT '0' NOT NULL,
	CONSTRAINT "analytics_pairs_workspace_id_survey_id_question_a_question_b_day_channel_language_pk" PRIMARY KEY("workspace_id","survey_id","question_a","question_b","day","channel","language")
);
--> statement-breakpoint
CREATE TABLE "analytics_pending" (
	"workspace_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	CONSTRAINT "analytics_pending_workspace_id_response_id_pk" PRIMARY KEY("workspace_id","response_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_scores" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"question_id" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sum" numeric DEFAULT '0' NOT NULL,
	"sum_sq" numeric DEFAULT '0' NOT NULL,
	"c0" integer DEFAULT 0 NOT NULL,
	"c1" integer DEFAULT 0 NOT NULL,
	"c2" integer DEFAULT 0 NOT NULL,
	"c3" integer DEFAULT 0 NOT NULL,
	"c4" integer DEFAULT 0 NOT NULL,
	"c5" integer DEFAULT 0 NOT NULL,
	"c6" integer DEFAULT 0 NOT NULL,
	"c7" integer DEFAULT 0 NOT NULL,
	"c8" integer DEFAULT 0 NOT NULL,
	"c9" integer DEFAULT 0 NOT NULL,
	"c10" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_scores_workspace_id_survey_id_question_id_day_channel_language_pk" PRIMARY KEY("workspace_id","survey_id","question_id","day","channel","language")
);
--> statement-breakpoint
CREATE TABLE "analytics_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"anonymity_threshold" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "responses_survey_partial_idx" ON "responses" USING btree ("workspace_id","survey_id","created_at") WHERE "responses"."status" = 'partial';