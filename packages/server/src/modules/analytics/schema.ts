// Drizzle tables of the analytics module: rollups of completed responses (sufficient statistics per
// workspace × survey × question × local day or local month × channel × language), the queue of responses
// not rolled up yet, and the workspace's analytics settings. Keys lead with (workspace, survey, question,
// day) because every reader scans one survey's question over a range of days; the monthly tables hold the
// same sums per local month so that a long range reads whole months (rollup-range.ts).
import { date, integer, numeric, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { at } from "../../platform/db/columns.ts";

export * from "./dashboard-schema.ts";

/** Counts within one day or month × channel × language stay far below 2^31; sums over rows are read as bigint. */
const count = (name: string) => integer(name).notNull().default(0);
/** Exact decimal sums: deltas added in any order give the same total as one sum over the raw rows. */
const total = (name: string) => numeric(name).notNull().default("0");

const slice = {
  workspaceId: uuid("workspace_id").notNull(),
  surveyId: uuid("survey_id").notNull(),
  /** Local date of completed_at in the workspace's time zone when the row was rolled up. */
  day: date("day", { mode: "string" }).notNull(),
  channel: text("channel").notNull(),
  language: text("language").notNull(),
};

/** The same slice per local month: `month` is the month's first day. */
const monthSlice = {
  workspaceId: slice.workspaceId,
  surveyId: slice.surveyId,
  month: date("month", { mode: "string" }).notNull(),
  channel: slice.channel,
  language: slice.language,
};

const scoreSums = {
  questionId: text("question_id").notNull(),
  n: count("n"),
  sum: total("sum"),
  sumSq: total("sum_sq"),
  // One column per integer answer 0..10: a fixed-width row, added to with plain `+` on upsert.
  c0: count("c0"),
  c1: count("c1"),
  c2: count("c2"),
  c3: count("c3"),
  c4: count("c4"),
  c5: count("c5"),
  c6: count("c6"),
  c7: count("c7"),
  c8: count("c8"),
  c9: count("c9"),
  c10: count("c10"),
};

/** Numeric answers (nps, csat, ces, rating, number; goal_completion achieved 1 / not 0). */
export const analyticsScores = pgTable("analytics_scores", { ...slice, ...scoreSums }, (t) => [
  primaryKey({ columns: [t.workspaceId, t.surveyId, t.questionId, t.day, t.channel, t.language] }),
]);
export const analyticsScoresMonthly = pgTable(
  "analytics_scores_monthly",
  { ...monthSlice, ...scoreSums },
  (t) => [primaryKey({ columns: [t.workspaceId, t.surveyId, t.questionId, t.month, t.channel, t.language] })],
);

const choiceCounts = {
  questionId: text("question_id").notNull(),
  choice: text("choice").notNull(),
  count: count("count"),
};

/** Choices picked (single, dropdown, multiple choice; "__other__" for free text) and goal intents. */
export const analyticsChoices = pgTable("analytics_choices", { ...slice, ...choiceCounts }, (t) => [
  primaryKey({ columns: [t.workspaceId, t.surveyId, t.questionId, t.day, t.channel, t.language, t.choice] }),
]);
export const analyticsChoicesMonthly = pgTable(
  "analytics_choices_monthly",
  { ...monthSlice, ...choiceCounts },
  (t) => [
    primaryKey({
      columns: [t.workspaceId, t.surveyId, t.questionId, t.month, t.channel, t.language, t.choice],
    }),
  ],
);

const answeredCounts = { questionId: text("question_id").notNull(), answered: count("answered") };

/** Responses that answered each question (any type), for choice shares and drop-off per question. */
export const analyticsAnswered = pgTable("analytics_answered", { ...slice, ...answeredCounts }, (t) => [
  primaryKey({ columns: [t.workspaceId, t.surveyId, t.questionId, t.day, t.channel, t.language] }),
]);
export const analyticsAnsweredMonthly = pgTable(
  "analytics_answered_monthly",
  { ...monthSlice, ...answeredCounts },
  (t) => [primaryKey({ columns: [t.workspaceId, t.surveyId, t.questionId, t.month, t.channel, t.language] })],
);

const pairSums = {
  questionA: text("question_a").notNull(),
  questionB: text("question_b").notNull(),
  n: count("n"),
  sumX: total("sum_x"),
  sumY: total("sum_y"),
  sumXx: total("sum_xx"),
  sumYy: total("sum_yy"),
  sumXy: total("sum_xy"),
};

/** Cross-products of two numeric answers of one response (question_a < question_b in "C" collation). */
export const analyticsPairs = pgTable("analytics_pairs", { ...slice, ...pairSums }, (t) => [
  primaryKey({
    columns: [t.workspaceId, t.surveyId, t.questionA, t.questionB, t.day, t.channel, t.language],
  }),
]);
export const analyticsPairsMonthly = pgTable(
  "analytics_pairs_monthly",
  { ...monthSlice, ...pairSums },
  (t) => [
    primaryKey({
      columns: [t.workspaceId, t.surveyId, t.questionA, t.questionB, t.month, t.channel, t.language],
    }),
  ],
);

/** Completed responses (answered or not): the denominator of every group, one narrow row per slice. */
export const analyticsCompletions = pgTable(
  "analytics_completions",
  { ...slice, completed: count("completed") },
  (t) => [primaryKey({ columns: [t.workspaceId, t.surveyId, t.day, t.channel, t.language] })],
);
export const analyticsCompletionsMonthly = pgTable(
  "analytics_completions_monthly",
  { ...monthSlice, completed: count("completed") },
  (t) => [primaryKey({ columns: [t.workspaceId, t.surveyId, t.month, t.channel, t.language] })],
);

const durationCounts = { bucket: smallint("bucket").notNull(), count: count("count") };

/**
 * Completed responses per completion-time bucket (rollup-expressions.ts), for the bucketed median; apart
 * from the completed counts so that reading those never walks the histogram's rows.
 */
export const analyticsDurations = pgTable("analytics_durations", { ...slice, ...durationCounts }, (t) => [
  primaryKey({ columns: [t.workspaceId, t.surveyId, t.day, t.channel, t.language, t.bucket] }),
]);
export const analyticsDurationsMonthly = pgTable(
  "analytics_durations_monthly",
  { ...monthSlice, ...durationCounts },
  (t) => [primaryKey({ columns: [t.workspaceId, t.surveyId, t.month, t.channel, t.language, t.bucket] })],
);

/** Counted responses waiting for the rollup job; a row is deleted in the transaction that applies it. */
export const analyticsPending = pgTable(
  "analytics_pending",
  {
    workspaceId: uuid("workspace_id").notNull(),
    responseId: uuid("response_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.responseId] })],
);

export const analyticsSettings = pgTable("analytics_settings", {
  workspaceId: uuid("workspace_id").primaryKey(),
  /** Groups with fewer responses than this are hidden from dashboards (respondents' anonymity). */
  anonymityThreshold: integer("anonymity_threshold").notNull().default(5),
  updatedAt: at("updated_at").notNull().defaultNow(),
});
