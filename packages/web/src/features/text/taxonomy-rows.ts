// The taxonomy editor's rows: each effective topic with where it comes from and, for the workspace's own,
// the version the editor changes (a default topic the workspace extended keeps the default's keywords
// outside of it).
import type { Topic, WorkspaceTaxonomy } from "@touchpoint/core";

export type TopicOrigin = "default" | "custom" | "extended";

export interface TaxonomyRow {
  topic: Topic;
  origin: TopicOrigin;
  /** The workspace's own topic, to edit or delete; null for a default topic. */
  custom: Topic | null;
}

/** Workspace topics first (newest edits are what a person looks for), then the defaults, each by label. */
export function taxonomyRows(taxonomy: WorkspaceTaxonomy, language: "vi" | "en"): TaxonomyRow[] {
  const custom = new Map(taxonomy.custom.map((topic) => [topic.id, topic]));
  const rows = taxonomy.topics.map((topic): TaxonomyRow => {
    const own = custom.get(topic.id) ?? null;
    if (!own) return { topic, origin: "default", custom: null };
    const ownKeywords = new Set([...own.keywords.vi, ...own.keywords.en]);
    const inherits = [...topic.keywords.vi, ...topic.keywords.en].some(
      (keyword) => !ownKeywords.has(keyword),
    );
    return { topic, origin: inherits ? "extended" : "custom", custom: own };
  });
  const rank = (row: TaxonomyRow) => (row.custom ? 0 : 1);
  return rows.sort(
    (a, b) => rank(a) - rank(b) || a.topic.label[language].localeCompare(b.topic.label[language], language),
  );
}
