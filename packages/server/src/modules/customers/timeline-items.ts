// Timeline rows as the API returns them. A response is described against the survey version it answered:
// the survey's title, its scores and a short excerpt of its open-text answers.
import {
  allQuestions,
  pickText,
  type SurveyDefinition,
  type TimelineEvent,
  type TimelineInteraction,
  type TimelineItem,
  type TimelineResponse,
  walkSurvey,
} from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { findSurveyVersionIn } from "../surveys/service.ts";
import { scoresOfResponse } from "./scores.ts";
import type { TimelineRow } from "./timeline-repo.ts";

export const EXCERPT_LENGTH = 160;

interface ResponseData {
  surveyId: string;
  surveyVersion: number;
  status: TimelineResponse["status"];
  channel: TimelineResponse["channel"];
  language: string;
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  customerAttributes: Record<string, unknown> | null;
}

/** The open-text answers the respondent was shown, in survey order, joined and cut at a word boundary. */
export function excerptOf(
  definition: SurveyDefinition,
  response: {
    answers: Record<string, unknown>;
    hidden: Record<string, string>;
    customer: Record<string, unknown>;
  },
): string | null {
  const texts = new Set(
    allQuestions(definition)
      .filter((question) => question.type === "text")
      .map((question) => question.id),
  );
  const parts = walkSurvey(definition, response)
    .visibleQuestions.filter((id) => texts.has(id))
    .map((id) => response.answers[id])
    .filter((answer): answer is string => typeof answer === "string" && answer.trim() !== "")
    .map((answer) => answer.replace(/\s+/g, " ").trim());
  if (parts.length === 0) return null;
  const text = parts.join(" · ");
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const isoOf = (at: string) => new Date(at).toISOString();

function toInteraction(row: TimelineRow): TimelineInteraction {
  const data = row.data as Omit<TimelineInteraction, "kind" | "id" | "occurredAt">;
  return { kind: "interaction", id: row.id, occurredAt: isoOf(row.at), ...data };
}

function toEvent(row: TimelineRow): TimelineEvent {
  const data = row.data as { type: string; data: Record<string, unknown>; actor: TimelineEvent["actor"] };
  const actor = data.actor && {
    type: data.actor.type,
    ...(data.actor.id !== undefined ? { id: data.actor.id } : {}),
    ...(data.actor.label !== undefined ? { label: data.actor.label } : {}),
    ...(data.actor.source !== undefined ? { source: data.actor.source } : {}),
  };
  return { kind: "event", id: row.id, occurredAt: isoOf(row.at), type: data.type, data: data.data, actor };
}

function toResponse(row: TimelineRow, definition: SurveyDefinition | undefined): TimelineResponse {
  const data = row.data as unknown as ResponseData;
  const answered = {
    answers: data.answers,
    hidden: data.hidden,
    customer: data.customerAttributes ?? {},
  };
  return {
    kind: "response",
    id: row.id,
    occurredAt: isoOf(row.at),
    surveyId: data.surveyId,
    surveyTitle: definition
      ? pickText(definition.title, definition.defaultLanguage, definition.defaultLanguage)
      : "",
    status: data.status,
    channel: data.channel,
    language: data.language,
    scores: definition ? scoresOfResponse(definition, answered) : [],
    excerpt: definition ? excerptOf(definition, answered) : null,
  };
}

/** The rows as items; each survey version the responses answered is read once. */
export async function toTimelineItems(
  ex: Executor,
  workspaceId: string,
  rows: TimelineRow[],
): Promise<TimelineItem[]> {
  const versions = new Map<string, Promise<SurveyDefinition | undefined>>();
  const definitionOf = (data: ResponseData) => {
    const key = `${data.surveyId}/${data.surveyVersion}`;
    let found = versions.get(key);
    if (!found) {
      found = findSurveyVersionIn(ex, workspaceId, data.surveyId, data.surveyVersion);
      versions.set(key, found);
    }
    return found;
  };
  const items: TimelineItem[] = [];
  for (const row of rows) items.push(await toItem(row, definitionOf));
  return items;
}

async function toItem(
  row: TimelineRow,
  definitionOf: (data: ResponseData) => Promise<SurveyDefinition | undefined>,
): Promise<TimelineItem> {
  switch (row.kind) {
    case "interaction":
      return toInteraction(row);
    case "response":
      return toResponse(row, await definitionOf(row.data as unknown as ResponseData));
    case "event":
      return toEvent(row);
  }
}
