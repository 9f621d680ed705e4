// The SQL of stored text analyses: the enrichment's upsert (one row per source and field) and the
// filtered, keyset-paged list, newest feedback first.
import type { TextAnalysis, TextSourceKind } from "@touchpoint/core";
import { and, desc, eq, gte, lt, lte, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { textAnalyses } from "./schema.ts";

export type TextAnalysisRow = typeof textAnalyses.$inferSelect;

export interface SourceAnalysis {
  field: string;
  analysis: TextAnalysis;
  /** The text folded for search (foldForSearch). */
  searchText: string;
}

export interface SourceOfAnalyses {
  workspaceId: string;
  kind: TextSourceKind;
  sourceId: string;
  customerId: string | null;
  occurredAt: Date;
  modelVersion: string;
}

/** What an analysis row holds besides its key; analysed_at changes only when one of these does. */
const ANALYSED = [
  "customerId",
  "language",
  "sentiment",
  "score",
  "topics",
  "aspects",
  "keywords",
  "modelVersion",
  "searchText",
  "occurredAt",
] as const;
const excluded = (key: keyof TextAnalysisRow) => sql.raw(`excluded.${textAnalyses[key].name}`);
const changed = sql.join(
  ANALYSED.map((key) => sql`${textAnalyses[key]} is distinct from ${excluded(key)}`),
  sql` or `,
);

/**
 * Stores a source's analyses, one row per field, and drops the rows of fields it no longer has (an answer
 * erased or emptied). A row whose analysis is unchanged is left as it is: a re-run writes nothing.
 */
export async function replaceSourceAnalyses(
  ex: Executor,
  source: SourceOfAnalyses,
  analyses: (SourceAnalysis & { id: string })[],
  now: Date,
) {
  const { workspaceId, kind, sourceId } = source;
  const ofSource = and(
    eq(textAnalyses.workspaceId, workspaceId),
    eq(textAnalyses.sourceKind, kind),
    eq(textAnalyses.sourceId, sourceId),
  );
  const fields = analyses.map((item) => item.field);
  await ex
    .delete(textAnalyses)
    .where(and(ofSource, fields.length > 0 ? notInArray(textAnalyses.field, fields) : undefined));
  if (analyses.length === 0) return;
  await ex
    .insert(textAnalyses)
    .values(
      analyses.map(({ id, field, analysis, searchText }) => ({
        workspaceId,
        id,
        sourceKind: kind,
        sourceId,
        field,
        customerId: source.customerId,
        ...analysis,
        searchText,
        modelVersion: source.modelVersion,
        occurredAt: source.occurredAt,
        analysedAt: now,
      })),
    )
    .onConflictDoUpdate({
      target: [textAnalyses.workspaceId, textAnalyses.sourceKind, textAnalyses.sourceId, textAnalyses.field],
      set: Object.fromEntries([...ANALYSED, "analysedAt" as const].map((key) => [key, excluded(key)])),
      setWhere: changed,
    });
}

export interface AnalysisFilters {
  sentiment?: string;
  topic?: string;
  language?: string;
  kind?: TextSourceKind;
  from?: Date;
  to?: Date;
  /** The last row of the previous page. */
  after?: { occurredAt: Date; id: string };
  limit: number;
}

/** A page of the workspace's analyses, newest feedback first, ties by id. */
export function listAnalyses(ex: Executor, workspaceId: string, filters: AnalysisFilters) {
  const { after } = filters;
  const conditions: (SQL | undefined)[] = [
    eq(textAnalyses.workspaceId, workspaceId),
    filters.sentiment ? eq(textAnalyses.sentiment, filters.sentiment) : undefined,
    filters.language ? eq(textAnalyses.language, filters.language) : undefined,
    filters.kind ? eq(textAnalyses.sourceKind, filters.kind) : undefined,
    filters.topic
      ? sql`${textAnalyses.topics} @> jsonb_build_array(jsonb_build_object('id', ${filters.topic}::text))`
      : undefined,
    filters.from ? gte(textAnalyses.occurredAt, filters.from) : undefined,
    filters.to ? lte(textAnalyses.occurredAt, filters.to) : undefined,
    after
      ? or(
          lt(textAnalyses.occurredAt, after.occurredAt),
          and(eq(textAnalyses.occurredAt, after.occurredAt), lt(textAnalyses.id, after.id)),
        )
      : undefined,
  ];
  return ex
    .select()
    .from(textAnalyses)
    .where(and(...conditions))
    .orderBy(desc(textAnalyses.occurredAt), desc(textAnalyses.id))
    .limit(filters.limit);
}
