// Use case: POST /analytics/query. One metric of a survey question per group, with its interval, groups
// below the workspace's anonymity threshold suppressed, and optionally each group compared with the previous
// period, the rest of a segment or a target (Holm's correction when several groups are each tested).
import type { AnalyticsQuery, AnalyticsQueryResult, AnalyticsRow, Question } from "@touchpoint/core";
import { type SQL, sql } from "drizzle-orm";
import type { Caller } from "../platform/caller.ts";
import { type ComparedFigures, compareGroups, NO_COMPARISON } from "./comparisons.ts";
import { type GroupRead, planGrouping, resolveSource } from "./dimensions.ts";
import {
  type AnalyticsDeps,
  checkDateRange,
  checkRollupOnly,
  InvalidQueryError,
  inSegment,
  rawConditions,
  scopeOf,
} from "./filters.ts";
import { estimate, METRICS, sampleSize } from "./metrics.ts";
import { type GroupSamples, readSamples, type SampleRead } from "./samples.ts";
import { getAnalyticsSettings } from "./settings.ts";
import type { StatsSource } from "./stats-reader.ts";

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The same number of days immediately before from..to. */
export function previousPeriod(from: string, to: string) {
  const length = dayNumber(to) - dayNumber(from) + 1;
  return { from: dateOf(dayNumber(from) - length), to: dateOf(dayNumber(from) - 1) };
}

function checkQuestion(query: AnalyticsQuery, question: Question | undefined) {
  const spec = METRICS[query.metric];
  if (spec.fits === null) return;
  if (!question) {
    throw new InvalidQueryError(`The ${query.metric} metric needs a question.`, [
      { path: "source.questionId", message: `name the ${spec.fits.join(", ")} question to read` },
    ]);
  }
  if (!spec.fits.includes(question.type)) {
    throw new InvalidQueryError(`The ${query.metric} metric does not fit a ${question.type} question.`, [
      {
        path: "metric",
        message: `${query.metric} fits ${spec.fits.join(", ")} questions; ${question.id} is a ${question.type} question`,
      },
    ]);
  }
}

function checkCompare(query: AnalyticsQuery, byTime: boolean) {
  const { compare, filters } = query;
  if (!compare) return;
  if (query.metric === "count") {
    throw new InvalidQueryError("A count has no test to compare with.", [
      { path: "compare", message: "compare a metric with an interval: nps, csat, ces, mean, top_box, …" },
    ]);
  }
  if (compare.kind === "previous_period") {
    if (filters.from === undefined || filters.to === undefined) {
      throw new InvalidQueryError("The previous period needs a date range.", [
        { path: filters.from === undefined ? "filters.from" : "filters.to", message: "set from and to" },
      ]);
    }
    if (byTime) {
      throw new InvalidQueryError("The previous period cannot be compared group by group over time.", [
        {
          path: "compare.kind",
          message: "group by channel, language, segment, attribute or hidden field, or not at all",
        },
      ]);
    }
  }
  if (compare.kind === "segment") {
    const bySegment = query.groupBy?.kind === "segment";
    if (bySegment === (compare.segmentId !== undefined)) {
      throw new InvalidQueryError("A segment comparison needs one segment.", [
        {
          path: "compare.segmentId",
          message: bySegment
            ? "grouped by segment, each segment is compared with the rest: leave segmentId out"
            : "name the segment to set against the rest",
        },
      ]);
    }
  }
}

/** A group's row; under the anonymity threshold, nothing but its key and that it is suppressed. */
function rowOf(
  group: GroupSamples,
  confidence: number,
  threshold: number,
  comparison: Partial<ComparedFigures>,
): AnalyticsRow {
  const n = sampleSize(group.sample);
  if (n < threshold) {
    return {
      group: group.key,
      value: null,
      n: null,
      ci_low: null,
      ci_high: null,
      suppressed: true,
      ...comparison,
    };
  }
  const figure = estimate(group.sample, confidence);
  return {
    group: group.key,
    value: figure.value,
    n,
    ci_low: figure.low,
    ci_high: figure.high,
    ...comparison,
  };
}

type Window = { from?: string | undefined; to?: string | undefined };

interface Side {
  source: StatsSource;
  groups: GroupSamples[];
}

/** What a saved widget's query must pass before it is stored: dates, source, metric × question, grouping. */
export async function checkAnalyticsQuery(deps: AnalyticsDeps, workspaceId: string, query: AnalyticsQuery) {
  checkDateRange(query.filters.from, query.filters.to, "filters");
  const { question } = await resolveSource(deps, workspaceId, query.source);
  checkQuestion(query, question);
  await planGrouping(deps, workspaceId, query.groupBy);
}

export async function runAnalyticsQuery(
  deps: AnalyticsDeps,
  caller: Caller,
  query: AnalyticsQuery,
): Promise<AnalyticsQueryResult> {
  const { workspaceId } = caller;
  const spec = METRICS[query.metric];
  const { filters, compare } = query;
  checkDateRange(filters.from, filters.to, "filters");
  const { context, question } = await resolveSource(deps, workspaceId, query.source);
  checkQuestion(query, question);
  const grouping = await planGrouping(deps, workspaceId, query.groupBy);
  checkCompare(query, grouping.byTime);
  const [raw, settings] = await Promise.all([
    rawConditions(deps, workspaceId, context.survey, filters, "filters"),
    getAnalyticsSettings(deps.database, workspaceId),
  ]);
  checkRollupOnly(
    query.prefer,
    raw.length > 0 ||
      compare?.kind === "segment" ||
      spec.reads === "sentiment" ||
      spec.reads === "invitations" ||
      grouping.reads.some((own) => own.rawFilters.length > 0 || own.groupBy?.kind === "expression"),
  );
  const threshold = settings.anonymityThreshold;
  const read: SampleRead = { metric: query.metric, question, prefer: query.prefer };

  const segmentCondition =
    compare?.kind === "segment" && compare.segmentId !== undefined
      ? await inSegment(deps, workspaceId, compare.segmentId)
      : undefined;
  /** Every read of the grouping over a window, each with the raw conditions `conditions` gives it. */
  const readSide = async (window: Window, conditions: (own: GroupRead) => SQL[]): Promise<Side> => {
    const results = await Promise.all(
      grouping.reads.map(async (own) => {
        const scope = scopeOf(workspaceId, context, { ...filters, ...window }, [...raw, ...conditions(own)]);
        const side = await readSamples(deps.database, scope, own.groupBy, read);
        // A read of its own (a segment row) is one group, keyed by what it stands for.
        const { key } = own;
        return key === undefined
          ? side
          : { ...side, groups: side.groups.map((group) => ({ ...group, key })) };
      }),
    );
    return {
      source: results.some((result) => result.source === "raw") ? "raw" : "rollup",
      groups: results.flatMap((result) => result.groups),
    };
  };
  const not = (condition: SQL) => sql`not (${condition})`;

  const window = { from: filters.from, to: filters.to };
  const current = await readSide(window, (own) => [
    ...own.rawFilters,
    ...(segmentCondition ? [segmentCondition] : []),
  ]);
  let baseline: Side | undefined;
  let previous: Window | undefined;
  if (compare?.kind === "previous_period" && filters.from && filters.to) {
    previous = previousPeriod(filters.from, filters.to);
    baseline = await readSide(previous, (own) => own.rawFilters);
  } else if (compare?.kind === "segment") {
    // The rest of each group: outside the compared segment, or, grouped by segment, outside the row's own.
    baseline = await readSide(window, (own) =>
      segmentCondition ? [...own.rawFilters, not(segmentCondition)] : own.rawFilters.map(not),
    );
  }

  const others = new Map(baseline?.groups.map((group) => [group.key, group]) ?? []);
  const compared = compareGroups(current.groups, {
    confidence: query.confidence,
    threshold,
    target: compare?.kind === "target" ? compare.value : undefined,
    other: (key) => others.get(key),
  });
  const rows = current.groups.map((group, index) =>
    rowOf(group, query.confidence, threshold, compare ? (compared.results[index] ?? NO_COMPARISON) : {}),
  );

  return {
    metric: query.metric,
    source: current.source === "raw" || baseline?.source === "raw" ? "raw" : "rollup",
    scale: spec.scale,
    confidence: query.confidence,
    interval: spec.interval,
    ...(compare
      ? {
          compare: {
            kind: compare.kind,
            test: compare.kind === "target" ? spec.targetTest : spec.test,
            adjustment: compared.adjustment,
            ...(previous ?? {}),
          },
        }
      : {}),
    anonymityThreshold: threshold,
    rows,
  };
}
