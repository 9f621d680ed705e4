// The comment explorer's use cases: list comments (analyses with their text, survey, customer and labels)
// searched without regard to case or diacritics, set or remove a comment's labels, and count the labels.
import {
  allQuestions,
  type Comment,
  type CommentFilters,
  type CommentLabels,
  type CommentLabelsInput,
  type CommentPage,
  type CommentTouchpoints,
  foldForSearch,
  type LabelsSummary,
  type StoredTextAnalysis,
  type TextAnalysis,
} from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Executor } from "../../platform/db/database.ts";
import { DomainError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { Caller } from "../platform/caller.ts";
import { findSurveyVersionIn } from "../surveys/service.ts";
import * as repo from "./comments-repo.ts";
import { effectiveTaxonomy } from "./effective-taxonomy.ts";
import { decodeCursor, encodeCursor } from "./list-analyses.ts";

type StoredAspect = TextAnalysis["aspects"][number];

/** Question titles of the surveys on a page, one definition read per survey version. */
async function questionTitles(ex: Executor, workspaceId: string, rows: repo.CommentRow[]) {
  const titles = new Map<string, Record<string, string>>();
  const versions = new Set(
    rows.flatMap((row) => (row.surveyId ? [`${row.surveyId}|${row.surveyVersion}`] : [])),
  );
  for (const key of versions) {
    const [surveyId = "", version] = key.split("|");
    const definition = await findSurveyVersionIn(ex, workspaceId, surveyId, Number(version));
    for (const question of definition ? allQuestions(definition) : []) {
      titles.set(`${key}|${question.id}`, question.title);
    }
  }
  return titles;
}

function toComment(row: repo.CommentRow, titles: Map<string, Record<string, string>>): Comment {
  const { analysis } = row;
  const text = row.text ?? "";
  return {
    id: analysis.id,
    kind: analysis.sourceKind as Comment["kind"],
    sourceId: analysis.sourceId,
    field: analysis.field,
    customerId: analysis.customerId,
    customerName: row.customerName ?? null,
    language: analysis.language as Comment["language"],
    sentiment: analysis.sentiment as Comment["sentiment"],
    score: analysis.score,
    topics: analysis.topics as StoredTextAnalysis["topics"],
    // Analyses stored before spans were kept point at the whole text until a re-enrichment refines them.
    aspects: (analysis.aspects as StoredAspect[]).map((aspect) => ({
      topic: aspect.topic,
      sentiment: aspect.sentiment,
      span: aspect.span ?? { start: 0, end: text.length },
      keywords: aspect.keywords ?? [],
    })),
    keywords: analysis.keywords as string[],
    occurredAt: analysis.occurredAt.toISOString(),
    text,
    surveyId: row.surveyId ?? null,
    surveyName: row.surveyName ?? null,
    questionTitle: titles.get(`${row.surveyId}|${row.surveyVersion}|${analysis.field}`) ?? null,
    touchpoint: row.touchpoint ?? null,
    labels: (row.labels ?? {}) as CommentLabels,
  };
}

async function readComments(ex: Executor, caller: Caller, query: repo.CommentQuery) {
  const timeZone = await repo.workspaceTimeZone(ex, caller.workspaceId);
  const rows = await repo.listComments(ex, caller.workspaceId, query, timeZone);
  const titles = await questionTitles(ex, caller.workspaceId, rows);
  return { rows, comments: rows.map((row) => toComment(row, titles)) };
}

export async function listComments(
  deps: { database: Database },
  caller: Caller,
  filters: CommentFilters,
): Promise<CommentPage> {
  const { cursor, limit, q, ...rest } = filters;
  if (rest.from && rest.to && rest.from > rest.to) {
    throw new DomainError(422, "invalid_period", "The period ends before it starts.", {
      errors: [{ path: "querystring.to", message: "must be on or after from" }],
    });
  }
  const folded = q ? foldForSearch(q) : "";
  const { rows, comments } = await readComments(deps.database.db, caller, {
    ...rest,
    ...(folded ? { q: folded } : {}),
    ...(cursor ? { after: decodeCursor(cursor) } : {}),
    limit: limit + 1,
  });
  const last = rows[limit - 1];
  return {
    items: comments.slice(0, limit),
    nextCursor: rows.length > limit && last ? encodeCursor(last.analysis) : null,
  };
}

/** The most touchpoints the list gives: a filter's choices, not a report. */
const TOUCHPOINTS_LIMIT = 200;

/** The touchpoints of the workspace's comments, the most commented first: the touchpoint filter's choices. */
export async function listCommentTouchpoints(
  deps: { database: Database },
  caller: Caller,
): Promise<CommentTouchpoints> {
  const rows = await repo.commentTouchpoints(deps.database.db, caller.workspaceId, TOUCHPOINTS_LIMIT);
  return { items: rows.map((row) => ({ touchpoint: row.touchpoint, comments: Number(row.comments) })) };
}

/** Sets (a value) or removes (null) a comment's labels; a topic label must be a topic of the taxonomy. */
export async function setCommentLabels(
  deps: { database: Database; clock: Clock },
  caller: Caller,
  id: string,
  input: CommentLabelsInput,
): Promise<Comment> {
  const { workspaceId } = caller;
  await deps.database.transaction(async (tx) => {
    const [found] = (await readComments(tx, caller, { id, limit: 1 })).rows;
    if (!found) throw new NotFoundError("Comment");
    if (input.topic) {
      const { taxonomy } = await effectiveTaxonomy(tx, workspaceId);
      if (!taxonomy.topics.some((topic) => topic.id === input.topic)) {
        throw new DomainError(422, "unknown_topic", `There is no topic ${input.topic} in the taxonomy.`, {
          errors: [{ path: "body.topic", message: "not a topic id of the workspace's taxonomy" }],
        });
      }
    }
    const item = {
      workspaceId,
      kind: found.analysis.sourceKind,
      sourceId: found.analysis.sourceId,
      field: found.analysis.field,
    };
    for (const task of ["topic", "sentiment"] as const) {
      const label = input[task];
      if (label === null) await repo.removeLabel(tx, item, task);
      else if (label !== undefined) {
        await repo.setLabel(tx, item, {
          id: newId(),
          task,
          label,
          labelledBy: caller.userId ?? caller.apiKeyId,
          labelledAt: deps.clock.now(),
        });
      }
    }
  });
  const [comment] = (await readComments(deps.database.db, caller, { id, limit: 1 })).comments;
  if (!comment) throw new NotFoundError("Comment");
  return comment;
}

export async function labelsSummary(deps: { database: Database }, caller: Caller): Promise<LabelsSummary> {
  const summary: LabelsSummary = { topic: {}, sentiment: {} };
  for (const row of await repo.labelCounts(deps.database.db, caller.workspaceId)) {
    if (row.task === "topic" || row.task === "sentiment") summary[row.task][row.label] = Number(row.count);
  }
  return summary;
}
