// The scope of an analytics read from a request's filters: the survey (404 outside the caller's workspace),
// the workspace's time zone, dates, channels and languages the rollups answer, and the conditions only raw
// responses answer (segment, customer attributes, hidden fields, answers, sentiment, topics) as SQL over `r`.
import type { AnalyticsFilters, Survey } from "@touchpoint/core";
import { type SQL, sql } from "drizzle-orm";
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import { DomainError, type FieldError, NotFoundError } from "../../platform/errors.ts";
import { segmentCondition } from "../customers/segments.ts";
import { findWorkspaceTimeZone } from "../platform/workspaces.ts";
import { type AnswerFilter, parseAnswerFilters } from "../responses/answer-filters.ts";
import { findSurveyIn } from "../surveys/service.ts";
import type { StatsScope } from "./stats-reader.ts";

export interface AnalyticsDeps {
  database: Database;
  clock: Clock;
}

/** A request that is well-formed but asks for something these figures cannot give. */
export class InvalidQueryError extends DomainError {
  constructor(message: string, errors: FieldError[]) {
    super(422, "invalid_query", message, { errors });
  }
}

/** Touchpoint, stage and journey sources and groupings come with the journeys module. */
export class NotAvailableError extends DomainError {
  constructor(path: string, what: string) {
    super(422, "not_available", `${what} is not available yet.`, {
      errors: [{ path, message: `${what} is not available yet` }],
    });
  }
}

export interface SurveyContext {
  survey: Survey;
  timeZone: string;
}

export async function loadSurvey(deps: AnalyticsDeps, workspaceId: string, surveyId: string) {
  const [survey, timeZone] = await Promise.all([
    findSurveyIn(deps.database.db, workspaceId, surveyId),
    findWorkspaceTimeZone(deps.database.db, workspaceId),
  ]);
  if (!survey || timeZone === undefined) throw new NotFoundError("Survey");
  return { survey, timeZone } satisfies SurveyContext;
}

/** from..to must hold at least one day. */
export function checkDateRange(from: string | undefined, to: string | undefined, path: string) {
  if (from !== undefined && to !== undefined && from > to) {
    throw new InvalidQueryError("The date range is empty.", [
      { path: `${path}.from`, message: `from ${from} is after to ${to}: the range holds no day` },
    ]);
  }
}

/** "The response's customer is one of these": customers unaliased, as segment conditions expect. */
export const ofCustomer = (condition: SQL) =>
  sql`exists (select 1 from customers where customers.workspace_id = r.workspace_id and customers.id = r.customer_id and ${condition})`;

export async function inSegment(deps: AnalyticsDeps, workspaceId: string, segmentId: string) {
  return ofCustomer(await segmentCondition(deps, workspaceId, segmentId));
}

/** The response has an analysed open-text answer meeting `condition` (over text_analyses `ta`). */
const analysed = (condition: SQL) =>
  sql`exists (select 1 from text_analyses ta where ta.workspace_id = r.workspace_id and ta.source_kind = 'response_answer' and ta.source_id = r.id and ${condition})`;

const anyOf = (conditions: SQL[]) => sql`(${sql.join(conditions, sql` or `)})`;

/**
 * The responses list's answer filters over `r`: the parsing (answer-filters.ts) is shared; the SQL differs
 * only in naming the table by its alias, which the stats readers need.
 */
function answerCondition(filter: AnswerFilter): SQL {
  if (filter.kind === "choice") {
    return anyOf(
      filter.choices.map((choice) => {
        const answer = filter.multiple ? { choices: [choice] } : { choice };
        return sql`r.answers @> ${JSON.stringify({ [filter.question]: answer })}::jsonb`;
      }),
    );
  }
  const value = sql`(case when jsonb_typeof(r.answers -> ${filter.question}::text) = 'number'
    then (r.answers ->> ${filter.question}::text)::numeric end)`;
  const bounds = [
    ...(filter.min === null ? [] : [sql`${value} >= ${filter.min}::numeric`]),
    ...(filter.max === null ? [] : [sql`${value} <= ${filter.max}::numeric`]),
  ];
  return sql`(${sql.join(bounds, sql` and `)})`;
}

/** The raw-only conditions of the filters; `path` prefixes the field paths of errors ("filters"). */
export async function rawConditions(
  deps: AnalyticsDeps,
  workspaceId: string,
  survey: Survey,
  filters: AnalyticsFilters,
  path: string,
): Promise<SQL[]> {
  const conditions: SQL[] = [];
  if (filters.segmentId) conditions.push(await inSegment(deps, workspaceId, filters.segmentId));
  for (const { key, value } of filters.attributes ?? []) {
    const wanted = typeof value === "string" ? value.normalize("NFC") : value;
    conditions.push(ofCustomer(sql`customers.attributes -> ${key}::text = ${JSON.stringify(wanted)}::jsonb`));
  }
  for (const [key, value] of Object.entries(filters.hidden ?? {})) {
    conditions.push(sql`r.hidden ->> ${key}::text = ${value}::text`);
  }
  if (filters.answers && filters.answers.length > 0) {
    const parsed = parseAnswerFilters(survey.definition, filters.answers);
    if (!parsed.ok) {
      throw new InvalidQueryError(
        "Some answer filters do not fit this survey.",
        parsed.errors.map((error) => ({
          path: error.path.replace(/^querystring\.answer/, `${path}.answers`),
          message: error.message,
        })),
      );
    }
    conditions.push(...parsed.filters.map(answerCondition));
  }
  if (filters.sentiment) {
    const listed = sql.join(
      filters.sentiment.map((sentiment) => sql`${sentiment}::text`),
      sql`, `,
    );
    conditions.push(analysed(sql`ta.sentiment in (${listed})`));
  }
  if (filters.topics) {
    const mentions = filters.topics.map(
      (topic) => sql`ta.topics @> ${JSON.stringify([{ id: topic }])}::jsonb`,
    );
    conditions.push(analysed(anyOf(mentions)));
  }
  return conditions;
}

/** Rollups hold days, channels and languages only: asking for them alone with anything more is refused. */
export function checkRollupOnly(prefer: string, rawOnly: boolean) {
  if (prefer === "rollup" && rawOnly) {
    throw new InvalidQueryError("Rollups cannot answer these filters or this grouping.", [
      {
        path: "prefer",
        message: "segment, attribute, hidden field, answer and text filters need auto or raw",
      },
    ]);
  }
}

/** The scope of a read; raw conditions come separately (rawConditions), as comparisons add their own. */
export function scopeOf(
  workspaceId: string,
  context: SurveyContext,
  filters: Pick<AnalyticsFilters, "from" | "to" | "channels" | "languages">,
  rawFilters: SQL[],
): StatsScope {
  return {
    workspaceId,
    timeZone: context.timeZone,
    surveyId: context.survey.id,
    ...(filters.from !== undefined ? { from: filters.from } : {}),
    ...(filters.to !== undefined ? { to: filters.to } : {}),
    ...(filters.channels ? { channels: filters.channels } : {}),
    ...(filters.languages ? { languages: filters.languages } : {}),
    ...(rawFilters.length > 0 ? { rawFilters } : {}),
  };
}
