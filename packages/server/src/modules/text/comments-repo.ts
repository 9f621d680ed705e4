// The SQL of the comment explorer: stored analyses joined to the text they were made from (a response's
// answer, an interaction's note), the survey, the customer's name and the labels, filtered and keyset-paged
// newest first; and the labels themselves. Responses, surveys, interactions and customers belong to other
// modules; they are read here because a page of comments is one query, not one call per comment.
import type { TextSourceKind } from "@touchpoint/core";
import { and, desc, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { customers, interactions } from "../customers/schema.ts";
import { workspaces } from "../platform/schema.ts";
import { responses } from "../responses/schema.ts";
import { surveys } from "../surveys/schema.ts";
import { textAnalyses, textLabels } from "./schema.ts";

export async function workspaceTimeZone(ex: Executor, workspaceId: string): Promise<string> {
  const [row] = await ex
    .select({ timeZone: workspaces.timeZone })
    .from(workspaces)
    .where(eq(workspaces.workspaceId, workspaceId));
  return row?.timeZone ?? "UTC";
}

/** Midnight starting a day (YYYY-MM-DD) in the time zone, as an instant. */
export const startOfDay = (day: string, timeZone: string) =>
  sql`(${day}::date::timestamp at time zone ${timeZone}::text)`;
/** Midnight ending a day: the next day's start, so a day is [start, end). */
export const endOfDay = (day: string, timeZone: string) =>
  sql`((${day}::date + 1)::timestamp at time zone ${timeZone}::text)`;

const responseOfAnalysis = and(
  eq(textAnalyses.sourceKind, "response_answer"),
  eq(responses.workspaceId, textAnalyses.workspaceId),
  eq(responses.id, textAnalyses.sourceId),
);
const interactionOfAnalysis = and(
  eq(textAnalyses.sourceKind, "interaction_note"),
  eq(interactions.workspaceId, textAnalyses.workspaceId),
  eq(interactions.id, textAnalyses.sourceId),
);
const answer = sql`${responses.answers} -> ${textAnalyses.field}`;
/** The text an analysis was made from: a text answer, a choice's "other" text, or a note. */
const commentText = sql<string | null>`case when ${textAnalyses.sourceKind} = 'response_answer'
  then (case jsonb_typeof(${answer}) when 'string' then ${answer} #>> '{}' when 'object' then ${answer} ->> 'other' end)
  else ${interactions.note} end`;
/**
 * The comment's touchpoint key: the interaction's, or the response's hidden field `touchpoint` (left joins:
 * one of the two rows is null). An empty or non-string hidden value is no touchpoint.
 */
const touchpointOf = sql<
  string | null
>`coalesce(nullif(${interactions.touchpoint}, ''), case when jsonb_typeof(${responses.hidden} -> 'touchpoint') = 'string' then nullif(${responses.hidden} ->> 'touchpoint', '') end)`;
const sameItem = sql`${textLabels.workspaceId} = ${textAnalyses.workspaceId} and ${textLabels.sourceKind} = ${textAnalyses.sourceKind} and ${textLabels.sourceId} = ${textAnalyses.sourceId} and ${textLabels.field} = ${textAnalyses.field}`;
const labelsOf = sql<Record<
  string,
  string
> | null>`(select jsonb_object_agg(${textLabels.task}, ${textLabels.label}) from ${textLabels} where ${sameItem})`;

export interface CommentQuery {
  /** Folded the way search_text is (foldForSearch). */
  q?: string;
  sentiment?: string;
  topic?: string;
  language?: string;
  kind?: TextSourceKind;
  channel?: string[];
  surveyId?: string;
  questionId?: string;
  touchpoint?: string;
  from?: string;
  to?: string;
  labelled?: boolean;
  id?: string;
  after?: { occurredAt: Date; id: string };
  limit: number;
}

// An erased customer's text is gone: the analysis stays for the aggregates but is no comment to show.
const hasText = sql`coalesce(${commentText}, '') <> ''`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

function conditions(workspaceId: string, query: CommentQuery, timeZone: string): (SQL | undefined)[] {
  const { after } = query;
  const labelled = sql`exists (select 1 from ${textLabels} where ${sameItem})`;
  return [
    eq(textAnalyses.workspaceId, workspaceId),
    query.id ? eq(textAnalyses.id, query.id) : undefined,
    query.q ? sql`${textAnalyses.searchText} ilike ${`%${escapeLike(query.q)}%`}` : undefined,
    query.sentiment ? eq(textAnalyses.sentiment, query.sentiment) : undefined,
    query.language ? eq(textAnalyses.language, query.language) : undefined,
    query.kind ? eq(textAnalyses.sourceKind, query.kind) : undefined,
    query.topic
      ? sql`${textAnalyses.topics} @> jsonb_build_array(jsonb_build_object('id', ${query.topic}::text))`
      : undefined,
    // Left joins: a response's analysis has no interaction row and the reverse, so one of the two is null.
    query.channel
      ? inArray(sql`coalesce(${responses.channel}, ${interactions.channel})`, query.channel)
      : undefined,
    query.surveyId ? eq(responses.surveyId, query.surveyId) : undefined,
    query.touchpoint ? sql`${touchpointOf} = ${query.touchpoint}` : undefined,
    query.questionId
      ? and(eq(textAnalyses.sourceKind, "response_answer"), eq(textAnalyses.field, query.questionId))
      : undefined,
    query.from ? gte(textAnalyses.occurredAt, startOfDay(query.from, timeZone)) : undefined,
    query.to ? lt(textAnalyses.occurredAt, endOfDay(query.to, timeZone)) : undefined,
    query.labelled === undefined ? undefined : query.labelled ? labelled : sql`not ${labelled}`,
    after
      ? or(
          lt(textAnalyses.occurredAt, after.occurredAt),
          and(eq(textAnalyses.occurredAt, after.occurredAt), lt(textAnalyses.id, after.id)),
        )
      : undefined,
    hasText,
  ];
}

/** A page of comments, newest feedback first, ties by id. */
export function listComments(ex: Executor, workspaceId: string, query: CommentQuery, timeZone: string) {
  return ex
    .select({
      analysis: textAnalyses,
      text: commentText,
      surveyId: responses.surveyId,
      surveyVersion: responses.surveyVersion,
      surveyName: surveys.name,
      customerName: customers.name,
      touchpoint: touchpointOf,
      labels: labelsOf,
    })
    .from(textAnalyses)
    .leftJoin(responses, responseOfAnalysis)
    .leftJoin(
      surveys,
      and(eq(surveys.workspaceId, responses.workspaceId), eq(surveys.id, responses.surveyId)),
    )
    .leftJoin(interactions, interactionOfAnalysis)
    .leftJoin(
      customers,
      and(eq(customers.workspaceId, textAnalyses.workspaceId), eq(customers.id, textAnalyses.customerId)),
    )
    .where(and(...conditions(workspaceId, query, timeZone)))
    .orderBy(desc(textAnalyses.occurredAt), desc(textAnalyses.id))
    .limit(query.limit);
}

export type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

/** The distinct touchpoints of the workspace's comments with their comment counts, most first. */
export function commentTouchpoints(ex: Executor, workspaceId: string, limit: number) {
  const comments = sql<number>`count(*)::int`;
  return ex
    .select({ touchpoint: sql<string>`${touchpointOf}`, comments })
    .from(textAnalyses)
    .leftJoin(responses, responseOfAnalysis)
    .leftJoin(interactions, interactionOfAnalysis)
    .where(and(eq(textAnalyses.workspaceId, workspaceId), sql`${touchpointOf} is not null`, hasText))
    .groupBy(touchpointOf)
    .orderBy(desc(comments), touchpointOf)
    .limit(limit);
}

export interface LabelledItem {
  workspaceId: string;
  kind: string;
  sourceId: string;
  field: string;
}

const ofItem = (item: LabelledItem, task: string) =>
  and(
    eq(textLabels.workspaceId, item.workspaceId),
    eq(textLabels.sourceKind, item.kind),
    eq(textLabels.sourceId, item.sourceId),
    eq(textLabels.field, item.field),
    eq(textLabels.task, task),
  );

export async function setLabel(
  ex: Executor,
  item: LabelledItem,
  label: { id: string; task: string; label: string; labelledBy: string | null; labelledAt: Date },
) {
  await ex
    .insert(textLabels)
    .values({
      workspaceId: item.workspaceId,
      sourceKind: item.kind,
      sourceId: item.sourceId,
      field: item.field,
      ...label,
    })
    .onConflictDoUpdate({
      target: [
        textLabels.workspaceId,
        textLabels.sourceKind,
        textLabels.sourceId,
        textLabels.field,
        textLabels.task,
      ],
      set: { label: label.label, labelledBy: label.labelledBy, labelledAt: label.labelledAt },
    });
}

export async function removeLabel(ex: Executor, item: LabelledItem, task: string) {
  await ex.delete(textLabels).where(ofItem(item, task));
}

/**
 * Labels per task and class, counting only items whose analysis and text still exist: what a training run
 * can learn from (an erased customer's labelled comment has no text left).
 */
export async function labelCounts(ex: Executor, workspaceId: string) {
  return ex
    .select({ task: textLabels.task, label: textLabels.label, count: sql<number>`count(*)::int` })
    .from(textLabels)
    .innerJoin(textAnalyses, sql`${sameItem}`)
    .leftJoin(responses, responseOfAnalysis)
    .leftJoin(interactions, interactionOfAnalysis)
    .where(and(eq(textLabels.workspaceId, workspaceId), sql`coalesce(${commentText}, '') <> ''`))
    .groupBy(textLabels.task, textLabels.label);
}

/**
 * The labels of a task with the text of their comment, in a stable order (the labelled source), skipping
 * comments whose text is gone: a model's training set, the same items labelCounts counts.
 */
export async function labelledTexts(ex: Executor, workspaceId: string, task: string) {
  const rows = await ex
    .select({ label: textLabels.label, text: commentText })
    .from(textLabels)
    .innerJoin(textAnalyses, sql`${sameItem}`)
    .leftJoin(responses, responseOfAnalysis)
    .leftJoin(interactions, interactionOfAnalysis)
    .where(
      and(
        eq(textLabels.workspaceId, workspaceId),
        eq(textLabels.task, task),
        sql`coalesce(${commentText}, '') <> ''`,
      ),
    )
    .orderBy(textLabels.sourceKind, textLabels.sourceId, textLabels.field);
  return rows.map((row) => ({ label: row.label, text: row.text ?? "" }));
}
