// The whole pipeline for one text, in the shape every interface returns (CLI `text analyze`, the API, the
// enrichment of answers and notes): language, sentiment with a score, topics, the sentiment of each aspect
// mentioned, and keywords. Empty text is "unknown" and neutral, not an error.
import { z } from "zod";
import { extractKeywords } from "./keywords.ts";
import { detectLanguage, type TextLanguage, textLanguageSchema } from "./language.ts";
import { scoreSentiment, sentimentSchema } from "./sentiment.ts";
import type { Taxonomy } from "./taxonomy.ts";
import { detectTopics } from "./topics.ts";

export const DEFAULT_MAX_TEXT_LENGTH = 10_000;
/** Stored with every enrichment row; raise it when a model or the taxonomy changes what analyzeText returns. */
export const TEXT_ANALYSIS_VERSION = "analyze-text/1";
export const MAX_TEXTS_PER_REQUEST = 1000;

export const analysisLanguageSchema = z.enum(["auto", "vi", "en"]);
export type AnalysisLanguage = z.infer<typeof analysisLanguageSchema>;

export const textAnalysisSchema = z.object({
  language: textLanguageSchema,
  sentiment: sentimentSchema,
  /** P(positive) − P(negative), in [−1, 1]. */
  score: z.number(),
  topics: z.array(z.object({ id: z.string(), label: z.string(), confidence: z.number() })),
  aspects: z.array(z.object({ topic: z.string(), sentiment: sentimentSchema })),
  keywords: z.array(z.string()),
});
export type TextAnalysis = z.infer<typeof textAnalysisSchema>;

export interface AnalyzeOptions {
  /** "auto" detects it; "vi" or "en" forces the models of that language. */
  language?: AnalysisLanguage;
  taxonomy?: Taxonomy;
}

const MAX_KEYWORDS = 10;

export function analyzeText(text: string, options: AnalyzeOptions = {}): TextAnalysis {
  const detected = detectLanguage(text).language;
  if (detected === "unknown" && text.trim().length === 0) {
    return { language: "unknown", sentiment: "neutral", score: 0, topics: [], aspects: [], keywords: [] };
  }
  const asked = options.language ?? "auto";
  const language: TextLanguage = asked === "auto" ? detected : asked;
  const modelLanguage = language === "vi" ? "vi" : "en";
  const { sentiment, score } = scoreSentiment(text, modelLanguage);
  const { topics, aspects } = detectTopics(text, {
    language,
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    scoreClause: (clause) => scoreSentiment(clause, modelLanguage),
  });
  return {
    language,
    sentiment,
    score: Math.round(score * 10_000) / 10_000,
    topics,
    aspects: aspects.map((aspect) => ({ topic: aspect.topic, sentiment: aspect.sentiment ?? sentiment })),
    keywords: extractKeywords(text, modelLanguage)
      .slice(0, MAX_KEYWORDS)
      .map((keyword) => keyword.phrase),
  };
}
