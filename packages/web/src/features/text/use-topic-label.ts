// Names a topic id in the UI language from the workspace's effective taxonomy; a topic it no longer has
// (deleted since the analysis) falls back to the label the analysis stored, then to the id.
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useTaxonomy } from "./taxonomy-queries.ts";

export function useTopicLabel(): (id: string, stored?: string) => string {
  const { i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  const language = i18n.resolvedLanguage === "en" ? "en" : "vi";
  const labels = useMemo(
    () => new Map((taxonomy.data?.topics ?? []).map((topic) => [topic.id, topic.label[language]])),
    [taxonomy.data, language],
  );
  return useCallback((id, stored) => labels.get(id) ?? stored ?? id, [labels]);
}
