// Analyses one text source (the open texts of a response, the note of an interaction) with analyzeText, a
// workspace's taxonomy and its trained models, and stores one row per field in text_analyses: what the
// text.enrich job and the re-enrichment both do.
import { analyzeText, foldForSearch, type TextSourceKind } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { findInteractionNote } from "../customers/interactions-service.ts";
import { openTextsOfResponse } from "../responses/open-texts.ts";
import type { ActiveModels } from "./active-models.ts";
import { replaceSourceAnalyses } from "./analyses-repo.ts";
import type { EffectiveTaxonomy } from "./effective-taxonomy.ts";

export interface TextSource {
  workspaceId: string;
  kind: TextSourceKind;
  /** The response's or the interaction's id. */
  sourceId: string;
}

interface SourceTexts {
  customerId: string | null;
  occurredAt: Date;
  texts: { field: string; text: string }[];
}

async function readSource(ex: Executor, job: TextSource): Promise<SourceTexts | undefined> {
  if (job.kind === "response_answer") {
    const found = await openTextsOfResponse(ex, job.workspaceId, job.sourceId);
    return found && { customerId: found.customerId, occurredAt: found.completedAt, texts: found.texts };
  }
  const found = await findInteractionNote(ex, job.workspaceId, job.sourceId);
  if (!found) return undefined;
  const texts = found.note && found.note.trim() !== "" ? [{ field: "note", text: found.note }] : [];
  return { customerId: found.customerId, occurredAt: found.occurredAt, texts };
}

export interface AnalyseOptions {
  taxonomy: EffectiveTaxonomy;
  /** The workspace's active trained models (activeModels). */
  models: ActiveModels;
  now: Date;
  /**
   * The workspace's longest text analysed: a longer one is left unanalysed, like an empty one (no row), as
   * POST /text/analyze refuses it and `text analyze` skips it.
   */
  maxTextLength: number;
  /**
   * Keep the stored rows of a source that has no text any more. A re-enrichment sets it: the text of an
   * erased customer is gone, but what was measured (sentiment, topics) stays for the aggregates.
   */
  keepWithoutText?: boolean;
}

/** Analyses one source with the given taxonomy and stores the result; returns the fields analysed. */
export async function analyseSource(
  ex: Executor,
  source: TextSource,
  options: AnalyseOptions,
): Promise<number> {
  const found = await readSource(ex, source);
  const texts = found?.texts ?? [];
  if (texts.length === 0 && options.keepWithoutText) return 0;
  // Analysis is CPU only (tens of thousands of texts a second): it runs inside the short transaction.
  const analysable = texts.filter(({ text }) => text.length <= options.maxTextLength);
  const analyses = analysable.map(({ field, text }) => ({
    id: newId(),
    field,
    analysis: analyzeText(text, { taxonomy: options.taxonomy.taxonomy, ...options.models.options }),
    searchText: foldForSearch(text),
  }));
  await replaceSourceAnalyses(
    ex,
    {
      workspaceId: source.workspaceId,
      kind: source.kind,
      sourceId: source.sourceId,
      customerId: found?.customerId ?? null,
      occurredAt: found?.occurredAt ?? options.now,
      modelVersion: `${options.taxonomy.modelVersion}${options.models.version}`,
    },
    analyses,
    options.now,
  );
  return analyses.length;
}
