// The registries of what a query reads and groups by. Each source and each grouping is one entry; the
// journeys module's touchpoint, stage and journey sources and groupings plug in here by replacing their
// "not available yet" entries, without touching the query itself.
import type { AnalyticsGroupBy, AnalyticsSource, Question } from "@touchpoint/core";
import { allQuestions } from "@touchpoint/core";
import { type SQL, sql } from "drizzle-orm";
import {
  type AnalyticsDeps,
  InvalidQueryError,
  inSegment,
  loadSurvey,
  NotAvailableError,
  type SurveyContext,
} from "./filters.ts";
import type { GroupBy } from "./stats-reader.ts";

/** What a source resolves to: the survey whose responses are read, and the question (when one is named). */
export interface ResolvedSource {
  context: SurveyContext;
  question: Question | undefined;
}

type SourceOf<K extends AnalyticsSource["kind"]> = Extract<AnalyticsSource, { kind: K }>;
type SourceResolver<K extends AnalyticsSource["kind"]> = (
  deps: AnalyticsDeps,
  workspaceId: string,
  source: SourceOf<K>,
) => Promise<ResolvedSource>;

async function surveyQuestion(deps: AnalyticsDeps, workspaceId: string, source: SourceOf<"survey_question">) {
  const context = await loadSurvey(deps, workspaceId, source.surveyId);
  if (source.questionId === undefined) return { context, question: undefined };
  const question = allQuestions(context.survey.definition).find((q) => q.id === source.questionId);
  if (!question) {
    throw new InvalidQueryError("No such question in this survey.", [
      { path: "source.questionId", message: `no question ${source.questionId} in this survey` },
    ]);
  }
  return { context, question };
}

const notAvailable = (what: string) => async (): Promise<ResolvedSource> => {
  throw new NotAvailableError("source.kind", what);
};

const SOURCES: { [K in AnalyticsSource["kind"]]: SourceResolver<K> } = {
  survey_question: surveyQuestion,
  touchpoint: notAvailable("A touchpoint source"),
  stage: notAvailable("A stage source"),
  journey: notAvailable("A journey source"),
};

export function resolveSource(deps: AnalyticsDeps, workspaceId: string, source: AnalyticsSource) {
  // The registry is keyed by kind, so the resolver found takes this very source.
  const resolve = SOURCES[source.kind] as SourceResolver<typeof source.kind>;
  return resolve(deps, workspaceId, source);
}

/**
 * One read of a grouping: the reader's grouping plus conditions of its own. A segment row is a read of its
 * own (a response may fall in several segments), whose single group takes the segment's id as its key.
 */
export interface GroupRead {
  groupBy: GroupBy | undefined;
  rawFilters: SQL[];
  /** The key of the read's one group, when the reader itself does not group. */
  key?: string;
}

export interface Grouping {
  reads: GroupRead[];
  /** Groups by time: a previous-period comparison has no matching group to set each against. */
  byTime: boolean;
}

const TIME_GRAINS = new Set(["day", "week", "month", "quarter"]);

type GroupingKind = AnalyticsGroupBy["kind"];
type GroupingPlanner<K extends GroupingKind> = (
  deps: AnalyticsDeps,
  workspaceId: string,
  groupBy: AnalyticsGroupBy & { kind: K },
) => Promise<GroupRead[]>;

const GROUPINGS: { [K in GroupingKind]: GroupingPlanner<K> } = {
  day: builtIn,
  week: builtIn,
  month: builtIn,
  quarter: builtIn,
  channel: builtIn,
  language: builtIn,
  segment: async (deps, workspaceId, groupBy) => {
    return Promise.all(
      [...new Set(groupBy.segmentIds)].map(async (segmentId) => ({
        groupBy: undefined,
        rawFilters: [await inSegment(deps, workspaceId, segmentId)],
        key: segmentId,
      })),
    );
  },
  attribute: async (_deps, _workspaceId, groupBy) => {
    const value = sql`(select customers.attributes ->> ${groupBy.key}::text from customers
      where customers.workspace_id = r.workspace_id and customers.id = r.customer_id)`;
    return [{ groupBy: { kind: "expression", sql: value }, rawFilters: [] }];
  },
  hidden_field: async (_deps, _workspaceId, groupBy) => {
    return [{ groupBy: { kind: "expression", sql: sql`r.hidden ->> ${groupBy.key}::text` }, rawFilters: [] }];
  },
  touchpoint: async () => {
    throw new NotAvailableError("groupBy.kind", "Grouping by touchpoint");
  },
  stage: async () => {
    throw new NotAvailableError("groupBy.kind", "Grouping by stage");
  },
};

type BuiltIn = "day" | "week" | "month" | "quarter" | "channel" | "language";

/** The groupings the stats readers know: rollups answer them. */
async function builtIn(
  _deps: AnalyticsDeps,
  _workspaceId: string,
  groupBy: { kind: BuiltIn },
): Promise<GroupRead[]> {
  return [{ groupBy: { kind: groupBy.kind }, rawFilters: [] }];
}

export async function planGrouping(
  deps: AnalyticsDeps,
  workspaceId: string,
  groupBy: AnalyticsGroupBy | undefined,
): Promise<Grouping> {
  if (!groupBy) return { reads: [{ groupBy: undefined, rawFilters: [] }], byTime: false };
  // The registry is keyed by kind, so the planner found takes this very grouping.
  const plan = GROUPINGS[groupBy.kind] as GroupingPlanner<typeof groupBy.kind>;
  return {
    reads: await plan(deps, workspaceId, groupBy),
    byTime: TIME_GRAINS.has(groupBy.kind),
  };
}
