// The SQL of a customer's timeline: one statement over interactions, survey responses and profile events.
// Each source reads its (workspace_id, customer_id, time, id) index backwards from the cursor and stops
// after a page; the union of those few rows is then ordered and cut. A page costs the same on a customer
// with ten items or ten thousand, and however deep it is. Responses belong to the responses module; the
// timeline reads their rows here because a union across modules cannot go through two services.
import type { TimelineKind } from "@touchpoint/core";
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { responses } from "../responses/schema.ts";
import { customerEvents, interactions } from "./schema.ts";
import { KIND_RANK, type TimelinePosition } from "./timeline-cursor.ts";

export interface TimelineRow {
  kind: TimelineKind;
  id: string;
  /** UTC, microseconds: what the cursor carries. */
  at: string;
  data: Record<string, unknown>;
}

interface Source {
  table: SQL;
  workspaceId: SQL;
  customerId: SQL;
  id: SQL;
  /** The item's time; for responses the expression of their timeline index. */
  at: SQL;
  data: SQL;
}

const SOURCES: Record<TimelineKind, Source> = {
  interaction: {
    table: sql`${interactions}`,
    workspaceId: sql`${interactions.workspaceId}`,
    customerId: sql`${interactions.customerId}`,
    id: sql`${interactions.id}`,
    at: sql`${interactions.occurredAt}`,
    data: sql`jsonb_build_object(
      'channel', ${interactions.channel}, 'touchpoint', ${interactions.touchpoint},
      'type', ${interactions.type}, 'outcome', ${interactions.outcome}, 'effort', ${interactions.effort},
      'durationSeconds', ${interactions.durationSeconds}, 'agent', ${interactions.agent},
      'note', ${interactions.note}, 'metadata', ${interactions.metadata})`,
  },
  response: {
    table: sql`${responses}`,
    workspaceId: sql`${responses.workspaceId}`,
    customerId: sql`${responses.customerId}`,
    id: sql`${responses.id}`,
    // Completion time (the submittedAt of an imported or offline response), else arrival for a partial one.
    at: sql`coalesce(${responses.completedAt}, ${responses.createdAt})`,
    data: sql`jsonb_build_object(
      'surveyId', ${responses.surveyId}, 'surveyVersion', ${responses.surveyVersion},
      'status', ${responses.status}, 'channel', ${responses.channel}, 'language', ${responses.language},
      'answers', ${responses.answers}, 'hidden', ${responses.hidden},
      'customerAttributes', ${responses.customer} -> 'attributes')`,
  },
  event: {
    table: sql`${customerEvents}`,
    workspaceId: sql`${customerEvents.workspaceId}`,
    customerId: sql`${customerEvents.customerId}`,
    id: sql`${customerEvents.id}`,
    at: sql`${customerEvents.occurredAt}`,
    data: sql`jsonb_build_object(
      'type', ${customerEvents.kind}, 'data', ${customerEvents.data}, 'actor', ${customerEvents.actor})`,
  },
};

/**
 * The source's rows after the cursor in the timeline's order (time, kind rank, id; all descending). The kind
 * is fixed within a source, so the three-part comparison becomes one each index can range-scan.
 */
function beyond(kind: TimelineKind, source: Source, after: TimelinePosition | undefined): SQL | undefined {
  if (!after) return undefined;
  const at = sql`${after.at}::timestamptz`;
  const rank = KIND_RANK[kind];
  const afterRank = KIND_RANK[after.kind];
  if (rank < afterRank) return sql`${source.at} <= ${at}`;
  if (rank > afterRank) return sql`${source.at} < ${at}`;
  return sql`(${source.at}, ${source.id}) < (${at}, ${after.id}::uuid)`;
}

function branch(kind: TimelineKind, query: TimelineQuery, workspaceId: string, customerId: string) {
  const source = SOURCES[kind];
  const conditions = [
    sql`${source.workspaceId} = ${workspaceId}`,
    sql`${source.customerId} = ${customerId}`,
    beyond(kind, source, query.after),
    query.since ? sql`${source.at} >= ${query.since.toISOString()}::timestamptz` : undefined,
  ].filter((condition) => condition !== undefined);
  return sql`(select ${kind}::text as kind, ${KIND_RANK[kind]}::int as rank, ${source.id} as id,
      ${source.at} as at, ${source.data} as data
    from ${source.table}
    where ${sql.join(conditions, sql` and `)}
    order by ${source.at} desc, ${source.id} desc
    limit ${query.limit})`;
}

export interface TimelineQuery {
  kinds: readonly TimelineKind[];
  limit: number;
  after?: TimelinePosition | undefined;
  /** Only items at or after this time. */
  since?: Date | undefined;
}

/** The statement (exported for the benchmark's EXPLAIN); at least one kind. */
export function timelineStatement(workspaceId: string, customerId: string, query: TimelineQuery): SQL {
  const branches = query.kinds.map((kind) => branch(kind, query, workspaceId, customerId));
  return sql`
    select kind, id::text as id, data,
      to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
    from (${sql.join(branches, sql` union all `)}) as timeline
    order by timeline.at desc, timeline.rank desc, timeline.id desc
    limit ${query.limit}`;
}

/** Up to `limit` items, newest first; ties in time ordered by kind rank, then id. */
export async function readTimeline(
  ex: Executor,
  workspaceId: string,
  customerId: string,
  query: TimelineQuery,
): Promise<TimelineRow[]> {
  if (query.kinds.length === 0) return [];
  const statement = timelineStatement(workspaceId, customerId, query);
  const result = (await ex.execute(statement)) as unknown as { rows: Record<string, unknown>[] };
  return result.rows.map((row) => ({
    kind: row.kind as TimelineKind,
    id: String(row.id),
    at: String(row.at),
    // node-postgres parses jsonb; keep working if a driver hands back text.
    data: (typeof row.data === "string" ? JSON.parse(row.data) : row.data) as Record<string, unknown>,
  }));
}
