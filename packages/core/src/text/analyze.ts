// The whole pipeline for one text, in the shape every interface returns (CLI `text analyze`, the API, the
// enrichment of answers and notes): language, sentiment with a score, topics, the sentiment of each aspect
// mentioned, and keywords. Empty text is "unknown" and neutral, not an error.
import { z } from "zod";
import { extractKeywords } from "./keywords.ts";
import { detectLanguage, type TextLanguage, textLanguageSchema } from "./language.ts";
import { scoreSentiment, sentimentSchema } from "./sentiment.ts";
import type { Taxonomy } from "./taxonomy.ts";
import { type TextModel, textModelSentiment, textModelTopics } from "./text-model.ts";
import { detectTopics } from "./topics.ts";

export const DEFAULT_MAX_TEXT_LENGTH = 10_000;
/**
 * Stored with every enrichment row; raise it when a model or the taxonomy changes what analyzeText returns
 * (2: the Vietnamese sentiment model's domain experts), so rows analysed before show an older version
 * until a re-enrichment.
 */
export const TEXT_ANALYSIS_VERSION = "analyze-text/2";
export const MAX_TEXTS_PER_REQUEST = 1000;

export const analysisLanguageSchema = z.enum(["auto", "vi", "en"]);
export type AnalysisLanguage = z.infer<typeof analysisLanguageSchema>;

export const textAnalysisSchema = z.object({
  language: textLanguageSchema,
  sentiment: sentimentSchema,
  /** P(positive) − P(negative), in [−1, 1]. */
  score: z.number(),
  topics: z.array(z.object({ id: z.string(), label: z.string(), confidence: z.number() })),
  aspects: z.array(
    z.object({
      topic: z.string(),
      sentiment: sentimentSchema,
      /**
       * The clause mentioning the topic, as UTF-16 offsets into the text, and the taxonomy keywords found
       * in it: what the comment explorer highlights. Absent from analyses stored before they were kept.
       */
      span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
      keywords: z.array(z.string()).optional(),
    }),
  ),
  keywords: z.array(z.string()),
});
export type TextAnalysis = z.infer<typeof textAnalysisSchema>;

export interface AnalyzeOptions {
  /** "auto" detects it; "vi" or "en" forces the models of that language. */
  language?: AnalysisLanguage;
  taxonomy?: Taxonomy;
  /** A custom topic model (`text train --task topic`): `topics` come from it; aspects stay the taxonomy's. */
  topicModel?: TextModel;
  /** A custom sentiment model (`text train --task sentiment`), used for `sentiment`, `score` and aspects. */
  sentimentModel?: TextModel;
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
  const { sentimentModel, topicModel } = options;
  const score = (part: string) =>
    sentimentModel ? textModelSentiment(sentimentModel, part) : scoreSentiment(part, modelLanguage);
  const { sentiment, score: textScore } = score(text);
  // A topic model names labels, not taxonomy topics with keywords, so aspects (which clause speaks of
  // which topic, with its own sentiment) still come from the taxonomy's keywords.
  const matched = detectTopics(text, {
    language,
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    scoreClause: score,
  });
  return {
    language,
    sentiment,
    score: Math.round(textScore * 10_000) / 10_000,
    topics: topicModel ? textModelTopics(topicModel, text) : matched.topics,
    aspects: matched.aspects.map((aspect) => ({
      topic: aspect.topic,
      sentiment: aspect.sentiment ?? sentiment,
      span: { start: aspect.span.start, end: aspect.span.end },
      keywords: aspect.keywords,
    })),
    keywords: extractKeywords(text, modelLanguage)
      .slice(0, MAX_KEYWORDS)
      .map((keyword) => keyword.phrase),
  };
}
