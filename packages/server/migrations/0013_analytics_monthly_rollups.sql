CREATE TABLE "analytics_answered_monthly" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"month" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"question_id" text NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_answered_monthly_workspace_id_survey_id_question_id_month_channel_language_pk" PRIMARY KEY("workspace_id","survey_id","question_id","month","channel","language")
);
--> statement-breakpoint
CREATE TABLE "analytics_choices_monthly" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"month" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"question_id" text NOT NULL,
	"choice" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_choices_monthly_workspace_id_survey_id_question_id_month_channel_language_choice_pk" PRIMARY KEY("workspace_id","survey_id","question_id","month","channel","language","choice")
);
--> statement-breakpoint
CREATE TABLE "analytics_completions_monthly" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"month" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_completions_monthly_workspace_id_survey_id_month_channel_language_pk" PRIMARY KEY("workspace_id","survey_id","month","channel","language")
);
--> statement-breakpoint
CREATE TABLE "analytics_durations_monthly" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"month" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"bucket" smallint NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_durations_monthly_workspace_id_survey_id_month_channel_language_bucket_pk" PRIMARY KEY("workspace_id","survey_id","month","channel","language","bucket")
);
--> statement-breakpoint
CREATE TABLE "analytics_pairs_monthly" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"month" date NOT NULL,
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
	CONSTRAINT "analytics_pairs_monthly_workspace_id_survey_id_question_a_question_b_month_channel_language_pk" PRIMARY KEY("workspace_id","survey_id","question_a","question_b","month","channel","language")
);
--> statement-breakpoint
CREATE TABLE "analytics_scores_monthly" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"month" date NOT NULL,
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
	CONSTRAINT "analytics_scores_monthly_workspace_id_survey_id_question_id_month_channel_language_pk" PRIMARY KEY("workspace_id","survey_id","question_id","month","channel","language")
);
--> statement-breakpoint
-- Fill the monthly level from the daily rows already there (hand-written: a landed workspace's rollups).
INSERT INTO "analytics_scores_monthly" SELECT "workspace_id", "survey_id", date_trunc('month', "day"::timestamp)::date, "channel", "language", "question_id", sum("n"), sum("sum"), sum("sum_sq"), sum("c0"), sum("c1"), sum("c2"), sum("c3"), sum("c4"), sum("c5"), sum("c6"), sum("c7"), sum("c8"), sum("c9"), sum("c10") FROM "analytics_scores" GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO "analytics_choices_monthly" SELECT "workspace_id", "survey_id", date_trunc('month', "day"::timestamp)::date, "channel", "language", "question_id", "choice", sum("count") FROM "analytics_choices" GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO "analytics_answered_monthly" SELECT "workspace_id", "survey_id", date_trunc('month', "day"::timestamp)::date, "channel", "language", "question_id", sum("answered") FROM "analytics_answered" GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO "analytics_pairs_monthly" SELECT "workspace_id", "survey_id", date_trunc('month', "day"::timestamp)::date, "channel", "language", "question_a", "question_b", sum("n"), sum("sum_x"), sum("sum_y"), sum("sum_xx"), sum("sum_yy"), sum("sum_xy") FROM "analytics_pairs" GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO "analytics_completions_monthly" SELECT "workspace_id", "survey_id", date_trunc('month', "day"::timestamp)::date, "channel", "language", sum("completed") FROM "analytics_completions" GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO "analytics_durations_monthly" SELECT "workspace_id", "survey_id", date_trunc('month', "day"::timestamp)::date, "channel", "language", "bucket", sum("count") FROM "analytics_durations" GROUP BY 1, 2, 3, 4, 5, 6;
