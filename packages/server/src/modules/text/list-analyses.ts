// Lists a workspace's stored text analyses, filtered, newest feedback first, keyset-paged: the minimal read
// over the enrichment that analytics and rules build on.
import type {
  StoredTextAnalysis,
  TextAnalysis,
  TextAnalysisFilters,
  TextAnalysisPage,
} from "@touchpoint/core";
import type { Database } from "../../platform/db/database.ts";
import { ValidationError } from "../../platform/errors.ts";
import type { Caller } from "../platform/caller.ts";
import { listAnalyses, type TextAnalysisRow } from "./analyses-repo.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Rows hold times written from JavaScript dates, so milliseconds are their full precision.
export const encodeCursor = (row: TextAnalysisRow) =>
  Buffer.from(`${row.occurredAt.toISOString()}|${row.id}`).toString("base64url");

export function decodeCursor(cursor: string) {
  const [at, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const occurredAt = new Date(at ?? "");
  if (rest.length > 0 || !id || !UUID.test(id) || Number.isNaN(occurredAt.getTime())) {
    throw new ValidationError("This cursor is not from a page of text analyses.", [
      { path: "querystring.cursor", message: "not a text analyses cursor; start again without it" },
    ]);
  }
  return { occurredAt, id };
}

function toStoredAnalysis(row: TextAnalysisRow): StoredTextAnalysis {
  return {
    id: row.id,
    kind: row.sourceKind as StoredTextAnalysis["kind"],
    sourceId: row.sourceId,
    field: row.field,
    customerId: row.customerId,
    language: row.language as TextAnalysis["language"],
    sentiment: row.sentiment as TextAnalysis["sentiment"],
    score: row.score,
    topics: row.topics as TextAnalysis["topics"],
    aspects: row.aspects as TextAnalysis["aspects"],
    keywords: row.keywords as TextAnalysis["keywords"],
    modelVersion: row.modelVersion,
    occurredAt: row.occurredAt.toISOString(),
    analysedAt: row.analysedAt.toISOString(),
  };
}

export async function listTextAnalyses(
  deps: { database: Database },
  caller: Caller,
  filters: TextAnalysisFilters,
): Promise<TextAnalysisPage> {
  const { cursor, from, to, limit, ...rest } = filters;
  const rows = await listAnalyses(deps.database.db, caller.workspaceId, {
    ...rest,
    from: from ? new Date(from) : undefined,
    to: to ? new Date(to) : undefined,
    after: cursor ? decodeCursor(cursor) : undefined,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toStoredAnalysis),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
