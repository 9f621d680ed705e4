// The taxonomy the enrichment of a workspace uses: the default topics extended with the workspace's own
// (extendTaxonomy), cached per workspace and version.
import {
  DEFAULT_TAXONOMY,
  extendTaxonomy,
  type Taxonomy,
  TEXT_ANALYSIS_VERSION,
  type Topic,
  topicSchema,
} from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { customTopics, taxonomyVersion } from "./taxonomy-repo.ts";

export interface EffectiveTaxonomy {
  version: number;
  taxonomy: Taxonomy;
  custom: Topic[];
  /** Stored with each analysis: a taxonomy change makes every older analysis visibly out of date. */
  modelVersion: string;
}

// Keyed by workspace and checked against the stored version on every use, so a change made by another
// process (an API node, a worker) is seen at once; extendTaxonomy and the compiled matcher run once per version.
const cache = new Map<string, EffectiveTaxonomy>();

export async function effectiveTaxonomy(ex: Executor, workspaceId: string): Promise<EffectiveTaxonomy> {
  const version = await taxonomyVersion(ex, workspaceId);
  const cached = cache.get(workspaceId);
  if (cached?.version === version) return cached;
  const custom = (await customTopics(ex, workspaceId)).map((topic) => topicSchema.parse(topic));
  const effective: EffectiveTaxonomy = {
    version,
    taxonomy: custom.length > 0 ? extendTaxonomy(DEFAULT_TAXONOMY, custom) : DEFAULT_TAXONOMY,
    custom,
    modelVersion: `${TEXT_ANALYSIS_VERSION}+tax:${version}`,
  };
  cache.set(workspaceId, effective);
  return effective;
}
