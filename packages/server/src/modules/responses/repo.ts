// The only SQL of the responses module.
import type { SurveyResponse } from "@touchpoint/core";
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { quotaCounts, responses } from "./schema.ts";

type ResponseRow = typeof responses.$inferSelect;
export type NewResponse = typeof responses.$inferInsert;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toResponse = (row: ResponseRow): SurveyResponse => ({
  id: row.id,
  surveyId: row.surveyId,
  surveyVersion: row.surveyVersion,
  status: row.status as SurveyResponse["status"],
  answers: row.answers as Record<string, unknown>,
  hidden: row.hidden as Record<string, string>,
  language: row.language,
  channel: row.channel as SurveyResponse["channel"],
  customer: (row.customer as SurveyResponse["customer"]) ?? null,
  clientResponseId: row.clientResponseId,
  ending: row.ending,
  startedAt: iso(row.startedAt),
  completedAt: iso(row.completedAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Inserts the rows whose sender's id is not stored yet; returns the inserted ones. */
export async function insertResponses(ex: Executor, rows: NewResponse[]) {
  if (rows.length === 0) return [];
  const inserted = await ex
    .insert(responses)
    .values(rows)
    .onConflictDoNothing({
      target: [responses.workspaceId, responses.surveyId, responses.clientResponseId],
      where: sql`${responses.clientResponseId} is not null`,
    })
    .returning();
  return inserted.map(toResponse);
}

export async function findByClientId(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  clientResponseId: string,
) {
  const [row] = await ex
    .select()
    .from(responses)
    .where(
      and(
        eq(responses.workspaceId, workspaceId),
        eq(responses.surveyId, surveyId),
        eq(responses.clientResponseId, clientResponseId),
      ),
    );
  return row && { response: toResponse(row), requestHash: row.requestHash };
}

export async function findResponse(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = ex
    .select()
    .from(responses)
    .where(
      and(eq(responses.workspaceId, workspaceId), eq(responses.surveyId, surveyId), eq(responses.id, id)),
    );
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row && toResponse(row);
}

export async function updateResponse(
  ex: Executor,
  workspaceId: string,
  id: string,
  changes: Pick<NewResponse, "answers" | "hidden" | "status" | "ending" | "completedAt">,
) {
  await ex
    .update(responses)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, id)));
}

export async function setOutcome(
  ex: Executor,
  workspaceId: string,
  id: string,
  outcome: { status: string; ending: string | null },
) {
  await ex
    .update(responses)
    .set({ ...outcome, updatedAt: sql`now()` })
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, id)));
}

export interface ResponseFilters {
  cursor?: string | undefined;
  limit: number;
  status?: string | undefined;
  channel?: string | undefined;
  language?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  hidden?: Record<string, string>;
}

/** Newest first; cursor = id of the last response of the previous page (UUIDv7 ids sort by time). */
export async function listResponses(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  filters: ResponseFilters,
) {
  const hiddenConditions = Object.entries(filters.hidden ?? {}).map(
    ([key, value]) => sql`${responses.hidden} ->> ${key} = ${value}`,
  );
  const rows = await ex
    .select()
    .from(responses)
    .where(
      and(
        eq(responses.workspaceId, workspaceId),
        eq(responses.surveyId, surveyId),
        filters.cursor ? lt(responses.id, filters.cursor) : undefined,
        filters.status ? eq(responses.status, filters.status) : undefined,
        filters.channel ? eq(responses.channel, filters.channel) : undefined,
        filters.language ? eq(responses.language, filters.language) : undefined,
        filters.from ? gte(responses.createdAt, filters.from) : undefined,
        filters.to ? lt(responses.createdAt, filters.to) : undefined,
        ...hiddenConditions,
      ),
    )
    .orderBy(desc(responses.id))
    .limit(filters.limit + 1);
  const items = rows.slice(0, filters.limit).map(toResponse);
  return { items, nextCursor: rows.length > filters.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Marks a response as counted; true only the first time, which makes the counting job idempotent. */
export async function markCounted(
  ex: Executor,
  workspaceId: string,
  id: string,
): Promise<{ surveyId: string } | undefined> {
  const [row] = await ex
    .update(responses)
    .set({ counted: true })
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, id), eq(responses.counted, false)))
    .returning({ surveyId: responses.surveyId });
  return row;
}

/**
 * Takes a place in a quota: the new count, or null when the quota is full. The conditional UPDATE locks the
 * quota's row and re-checks the count after waiting, so concurrent respondents never overfill it.
 */
export async function takeQuotaPlace(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  quotaId: string,
  limit: number,
) {
  await ex
    .insert(quotaCounts)
    .values({ workspaceId, id: newId(), surveyId, quotaId, count: 0 })
    .onConflictDoNothing();
  const [row] = await ex
    .update(quotaCounts)
    .set({ count: sql`${quotaCounts.count} + 1` })
    .where(
      and(
        eq(quotaCounts.workspaceId, workspaceId),
        eq(quotaCounts.surveyId, surveyId),
        eq(quotaCounts.quotaId, quotaId),
        lt(quotaCounts.count, limit),
      ),
    )
    .returning({ count: quotaCounts.count });
  return row ? row.count : null;
}

export async function quotaCountsOf(ex: Executor, workspaceId: string, surveyId: string) {
  return ex
    .select({ quotaId: quotaCounts.quotaId, count: quotaCounts.count })
    .from(quotaCounts)
    .where(and(eq(quotaCounts.workspaceId, workspaceId), eq(quotaCounts.surveyId, surveyId)));
}
