// The SQL of topic trends and emerging themes: aggregates over text_analyses by period of the workspace's
// time zone, and keyword document frequencies over two windows.
import type { TrendGrain } from "@touchpoint/core";
import { and, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { endOfDay, startOfDay } from "./comments-repo.ts";
import { textAnalyses } from "./schema.ts";

export interface DayWindow {
  from: string;
  to: string;
}

const within = (window: DayWindow, timeZone: string) =>
  and(
    gte(textAnalyses.occurredAt, startOfDay(window.from, timeZone)),
    lt(textAnalyses.occurredAt, endOfDay(window.to, timeZone)),
  ) as SQL;

const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

/** Comments per topic and period, split by the comment's sentiment. */
export async function topicCounts(
  ex: Executor,
  workspaceId: string,
  query: DayWindow & { grain: TrendGrain; topic?: string | undefined },
  timeZone: string,
) {
  const topic = sql<string>`mentioned.topic ->> 'id'`;
  // date_trunc on the local wall-clock time: weeks start on Monday, months on the 1st, in the workspace's zone.
  const period = sql<string>`to_char(date_trunc(${query.grain}::text, ${textAnalyses.occurredAt} at time zone ${timeZone}::text), 'YYYY-MM-DD')`;
  return (
    ex
      .select({
        topic,
        period,
        count: sql<number>`count(*)::int`,
        negative: countWhere(sql`${textAnalyses.sentiment} = 'negative'`),
        neutral: countWhere(sql`${textAnalyses.sentiment} = 'neutral'`),
        positive: countWhere(sql`${textAnalyses.sentiment} = 'positive'`),
      })
      .from(
        sql`${textAnalyses} cross join lateral jsonb_array_elements(${textAnalyses.topics}) as mentioned(topic)`,
      )
      .where(
        and(
          eq(textAnalyses.workspaceId, workspaceId),
          within(query, timeZone),
          query.topic ? sql`${topic} = ${query.topic}::text` : undefined,
        ),
      )
      // By position: the period expression carries bound parameters, which would not match a repeated copy.
      .groupBy(sql`1`, sql`2`)
      .orderBy(sql`1`, sql`2`)
  );
}

/** Texts analysed in each window. */
export async function textTotals(
  ex: Executor,
  workspaceId: string,
  current: DayWindow,
  baseline: DayWindow,
  timeZone: string,
) {
  const [row] = await ex
    .select({
      current: countWhere(within(current, timeZone)),
      baseline: countWhere(within(baseline, timeZone)),
    })
    .from(textAnalyses)
    .where(eq(textAnalyses.workspaceId, workspaceId));
  return { current: row?.current ?? 0, baseline: row?.baseline ?? 0 };
}

/** Texts containing each stored keyword in each window (a text's keywords are distinct). */
export async function keywordCounts(
  ex: Executor,
  workspaceId: string,
  current: DayWindow,
  baseline: DayWindow,
  timeZone: string,
) {
  const phrase = sql<string>`keyword.phrase`;
  return ex
    .select({
      phrase,
      current: countWhere(within(current, timeZone)),
      baseline: countWhere(within(baseline, timeZone)),
    })
    .from(
      sql`${textAnalyses} cross join lateral jsonb_array_elements_text(${textAnalyses.keywords}) as keyword(phrase)`,
    )
    .where(
      and(
        eq(textAnalyses.workspaceId, workspaceId),
        sql`(${within(current, timeZone)} or ${within(baseline, timeZone)})`,
      ),
    )
    .groupBy(phrase);
}
