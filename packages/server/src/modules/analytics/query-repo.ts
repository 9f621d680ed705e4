// The SQL of the analytics query beyond the stats readers: sentiment counts of an open-text question (from
// text_analyses, which no rollup holds) and invitation response rates. Both use the readers' scope and
// group-key expressions, so a day, a week or a channel means the same here as in every other figure.
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/database.ts";
import { groupKey, localDay, localDayWithin, type TimeGrain } from "./rollup-expressions.ts";
import type { Group, GroupBy, StatsScope } from "./stats-reader.ts";
import { inList, keyOf, rawDims, rawWhere, selectRows } from "./stats-scope.ts";

type Numeric = string | number | null;
const num = (value: Numeric) => (value === null ? 0 : Number(value));

export interface SentimentCounts {
  positive: number;
  neutral: number;
  negative: number;
}

/** Per group: completed responses, and of them those whose answer to the question was analysed, by sentiment. */
export async function readSentimentCounts(
  db: Database,
  scope: StatsScope,
  questionId: string,
  groupBy: GroupBy | undefined,
): Promise<Group<SentimentCounts>[]> {
  // At most one analysis per (response, field): text_analyses_source_key.
  const rows = await selectRows<
    { key: string | null } & Record<keyof SentimentCounts | "completed", Numeric>
  >(
    db.db,
    sql`select ${keyOf(groupBy, rawDims(scope))} as key, count(*)::int8 as completed,
      count(*) filter (where ta.sentiment = 'positive')::int8 as positive,
      count(*) filter (where ta.sentiment = 'neutral')::int8 as neutral,
      count(*) filter (where ta.sentiment = 'negative')::int8 as negative
      from responses r left join text_analyses ta on ta.workspace_id = r.workspace_id
        and ta.source_kind = 'response_answer' and ta.source_id = r.id and ta.field = ${questionId}::text
      where ${rawWhere(scope)} group by 1`,
  );
  return rows
    .map((row) => ({
      key: row.key,
      completed: num(row.completed),
      value: { positive: num(row.positive), neutral: num(row.neutral), negative: num(row.negative) },
    }))
    .sort(byKey);
}

export interface InvitationCounts {
  delivered: number;
  /** Of the delivered invitations, those whose response was completed. */
  completed: number;
}

/**
 * Invitations of the survey delivered (sent and not failed) per group, dated by the local day they were
 * sent, and how many of them led to a completed response.
 */
export async function readInvitationCounts(
  db: Database,
  scope: StatsScope,
  groupBy: { kind: TimeGrain | "channel" | "language" } | undefined,
): Promise<Group<InvitationCounts>[]> {
  const dims = {
    day: localDay(sql`i.sent_at`, scope.timeZone),
    channel: sql`b.channel`,
    language: sql`i.language`,
  };
  const where = sql.join(
    [
      sql`i.workspace_id = ${scope.workspaceId} and i.survey_id = ${scope.surveyId}`,
      sql`i.sent_at is not null and i.status <> 'failed'`,
      localDayWithin(sql`i.sent_at`, scope.timeZone, scope.from, scope.to),
      ...(scope.channels ? [inList(dims.channel, scope.channels)] : []),
      ...(scope.languages ? [inList(dims.language, scope.languages)] : []),
    ],
    sql` and `,
  );
  const rows = await selectRows<{ key: string | null; delivered: Numeric; completed: Numeric }>(
    db.db,
    sql`select ${groupBy ? groupKey(groupBy.kind, dims) : sql`null::text`} as key, count(*)::int8 as delivered,
      count(*) filter (where i.completed_at is not null)::int8 as completed
      from invitations i join invitation_batches b on b.workspace_id = i.workspace_id and b.id = i.batch_id
      where ${where} group by 1`,
  );
  const groups = rows.map((row) => {
    const value = { delivered: num(row.delivered), completed: num(row.completed) };
    return { key: row.key, completed: value.completed, value };
  });
  if (!groupBy && groups.length === 0)
    groups.push({ key: null, completed: 0, value: { delivered: 0, completed: 0 } });
  return groups.sort(byKey);
}

function byKey(a: { key: string | null }, b: { key: string | null }) {
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}
