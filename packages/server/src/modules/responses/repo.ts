// The only SQL of the responses module.
import type { SurveyResponse } from "@touchpoint/core";
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  isNotNull,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { AnswerFilter } from "./answer-filters.ts";
import { bySubmission, type ResponsePosition, type ResponseSort } from "./response-cursor.ts";
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
  limit: number;
  sort?: ResponseSort | undefined;
  /** Where the previous page ended. */
  after?: ResponsePosition | undefined;
  status?: string | undefined;
  channel?: string | undefined;
  language?: string | undefined;
  /** Arrival time (created_at), whatever the sort. */
  from?: Date | undefined;
  to?: Date | undefined;
  hidden?: Record<string, string>;
  answers?: AnswerFilter[];
}

function answerCondition(filter: AnswerFilter): SQL | undefined {
  if (filter.kind === "choice") {
    // Containment matches {"choice": id} and a "choices" array holding id alike; the fragment is bound as jsonb.
    return or(
      ...filter.choices.map((choice) => {
        const answer = filter.multiple ? { choices: [choice] } : { choice };
        return sql`${responses.answers} @> ${JSON.stringify({ [filter.question]: answer })}::jsonb`;
      }),
    );
  }
  // Only JSON numbers are compared, so a question id that a later version reused for text never fails the cast.
  const value = sql`(case when jsonb_typeof(${responses.answers} -> ${filter.question}::text) = 'number'
    then (${responses.answers} ->> ${filter.question}::text)::numeric end)`;
  return and(
    filter.min === null ? undefined : sql`${value} >= ${filter.min}::numeric`,
    filter.max === null ? undefined : sql`${value} <= ${filter.max}::numeric`,
  );
}

/** The completion time in ISO 8601 at full precision (a JS Date would drop microseconds and split ties). */
const completedAtText = sql<string | null>`to_json(${responses.completedAt}) #>> '{}'`;

/**
 * A page in arrival order (id: UUIDv7 sorts by time) or completion order; keyset paging, ties broken by id.
 * Completion order lists completed responses first, then partial ones (no completion time) by arrival.
 */
export async function listResponses(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  filters: ResponseFilters,
) {
  const sort = filters.sort ?? "-created_at";
  const direction = sort.startsWith("-") ? desc : asc;
  const beyond = sort.startsWith("-") ? sql`<` : sql`>`;
  const { after } = filters;
  const matching = and(
    eq(responses.workspaceId, workspaceId),
    eq(responses.surveyId, surveyId),
    filters.status ? eq(responses.status, filters.status) : undefined,
    filters.channel ? eq(responses.channel, filters.channel) : undefined,
    filters.language ? eq(responses.language, filters.language) : undefined,
    filters.from ? gte(responses.createdAt, filters.from) : undefined,
    filters.to ? lt(responses.createdAt, filters.to) : undefined,
    ...Object.entries(filters.hidden ?? {}).map(
      ([key, value]) => sql`${responses.hidden} ->> ${key} = ${value}`,
    ),
    ...(filters.answers ?? []).map(answerCondition),
  );
  const read = (where: SQL | undefined, order: SQL[], limit: number) =>
    ex
      .select({ ...getTableColumns(responses), completedAtText })
      .from(responses)
      .where(and(matching, where))
      .orderBy(...order)
      .limit(limit);
  const take = filters.limit + 1;
  const afterId = after ? sql`${responses.id} ${beyond} ${after.id}` : undefined;
  let rows: Awaited<ReturnType<typeof read>>;
  if (!bySubmission(sort)) {
    rows = await read(afterId, [direction(responses.id)], take);
  } else {
    // Two keyset reads, each walking the (survey, completed_at, id) index rather than sorting the survey's
    // responses: completed ones, then partial ones when the page is not full yet.
    const completed =
      after?.completedAt === null
        ? []
        : await read(
            and(
              isNotNull(responses.completedAt),
              after &&
                sql`(${responses.completedAt}, ${responses.id}) ${beyond} (${after.completedAt}::timestamptz, ${after.id}::uuid)`,
            ),
            [direction(responses.completedAt), direction(responses.id)],
            take,
          );
    const partial =
      completed.length < take
        ? await read(
            and(isNull(responses.completedAt), after?.completedAt === null ? afterId : undefined),
            [direction(responses.id)],
            take - completed.length,
          )
        : [];
    rows = [...completed, ...partial];
  }
  const last = rows.length > filters.limit ? rows[filters.limit - 1] : undefined;
  return {
    items: rows.slice(0, filters.limit).map(toResponse),
    next: last ? { id: last.id, completedAt: last.completedAtText } : null,
  };
}

/** Marks a response as counted; true only the first time, which makes the counting job idempotent. */
export async function markCounted(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .update(responses)
    .set({ counted: true })
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, id), eq(responses.counted, false)))
    .returning({
      surveyId: responses.surveyId,
      channel: responses.channel,
      customer: responses.customer,
      completedAt: responses.completedAt,
    });
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

/** What attaching a response to its customer needs; locks the row, so two attaching jobs take turns. */
export async function lockForAttachment(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select({
      surveyId: responses.surveyId,
      surveyVersion: responses.surveyVersion,
      status: responses.status,
      answers: responses.answers,
      hidden: responses.hidden,
      customer: responses.customer,
      customerId: responses.customerId,
      completedAt: responses.completedAt,
    })
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, id)))
    .for("update");
  return row;
}

export async function setCustomerId(ex: Executor, workspaceId: string, id: string, customerId: string) {
  await ex
    .update(responses)
    .set({ customerId })
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, id)));
}

/**
 * Partial responses, in every workspace, that name a customer but are not attached to one, untouched for
 * `idleMs` and touched within `windowMs` (database time, as updated_at is), a page in (updated_at, id) order.
 */
export async function unattachedPartials(
  ex: Executor,
  options: { idleMs: number; windowMs: number; limit: number; after?: { updatedAt: string; id: string } },
) {
  const { after } = options;
  return ex
    .select({
      workspaceId: responses.workspaceId,
      id: responses.id,
      updatedAt: sql<string>`to_json(${responses.updatedAt}) #>> '{}'`,
    })
    .from(responses)
    .where(
      and(
        // Literals, as the partial index states them, so the planner can prove the index applies.
        sql`${responses.status} = 'partial'`,
        isNotNull(responses.customer),
        isNull(responses.customerId),
        sql`${responses.updatedAt} < now() - ${options.idleMs} * interval '1 millisecond'`,
        sql`${responses.updatedAt} >= now() - ${options.windowMs} * interval '1 millisecond'`,
        after &&
          sql`(${responses.updatedAt}, ${responses.id}) > (${after.updatedAt}::timestamptz, ${after.id}::uuid)`,
      ),
    )
    .orderBy(asc(responses.updatedAt), asc(responses.id))
    .limit(options.limit);
}

/** What the text enrichment reads of a response: its answers, survey version, customer and completion. */
export async function findForEnrichment(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select({
      surveyId: responses.surveyId,
      surveyVersion: responses.surveyVersion,
      status: responses.status,
      answers: responses.answers,
      customerId: responses.customerId,
      completedAt: responses.completedAt,
    })
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, id)));
  return row;
}
