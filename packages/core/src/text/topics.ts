// Topics and aspects of a piece of feedback: which taxonomy topics it mentions, how confidently, and
// the clause in which each was mentioned, with that clause's sentiment when a scorer is given.
import { detectLanguage, type TextLanguage } from "./language.ts";
import type { Taxonomy } from "./taxonomy.ts";
import { DEFAULT_TAXONOMY } from "./taxonomy-default.ts";
import { splitClauses, type TextSpan } from "./topics-clauses.ts";
import { compileTaxonomy, type MatchLanguage, matchPhrases } from "./topics-matcher.ts";

export type AspectSentiment = "negative" | "neutral" | "positive";

/** What a sentiment model says about one clause; topics do not depend on which model it is. */
export interface ClauseScore {
  sentiment: AspectSentiment;
  score: number;
}

export interface DetectTopicsOptions {
  /** The text's language; detected when absent, and both keyword sets are used when it is neither. */
  language?: TextLanguage;
  /** The workspace's taxonomy; DEFAULT_TAXONOMY when absent. */
  taxonomy?: Taxonomy;
  /** Sentiment of a clause: called once per clause that mentions a topic. */
  scoreClause?: (text: string) => ClauseScore;
}

export interface DetectedTopic {
  id: string;
  label: string;
  /** 1 − 0.5^w, w = the words of matched keywords (a heuristic rank in [0.5, 0.99], not a probability). */
  confidence: number;
}

export interface Aspect {
  topic: string;
  /** The clause where the topic was mentioned, with offsets into the original text. */
  span: TextSpan;
  /** The taxonomy keywords found in the clause, as the taxonomy writes them. */
  keywords: string[];
  sentiment?: AspectSentiment;
  score?: number;
}

export interface TopicsResult {
  /** Topics mentioned, most confident first. */
  topics: DetectedTopic[];
  /** One entry per topic and clause, in the order of the text. */
  aspects: Aspect[];
}

const MAX_CONFIDENCE = 0.99;

/**
 * The taxonomy topics the text mentions. "Nhân viên thân thiện nhưng phải chờ lâu quá" gives staff
 * attitude and waiting time, each with its own clause (and, with `scoreClause`, its own sentiment).
 */
export function detectTopics(text: string, options: DetectTopicsOptions = {}): TopicsResult {
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  const compiled = compileTaxonomy(taxonomy);
  const languages = matchLanguages(text, options.language);
  const weights = new Map<string, number>();
  const aspects: Aspect[] = [];
  for (const span of splitClauses(text)) {
    const found = new Map<string, Set<string>>();
    for (const language of languages) {
      for (const match of matchPhrases(span.text, language, compiled)) {
        weights.set(match.topic, (weights.get(match.topic) ?? 0) + (match.end - match.start));
        const keywords = found.get(match.topic) ?? new Set<string>();
        found.set(match.topic, keywords.add(match.keyword));
      }
    }
    if (found.size === 0) continue;
    const score = options.scoreClause?.(span.text);
    for (const [topic, keywords] of found) {
      aspects.push({
        topic,
        span,
        keywords: [...keywords],
        ...(score && { sentiment: score.sentiment, score: score.score }),
      });
    }
  }
  const labelLanguage = languages.length === 1 ? (languages[0] as MatchLanguage) : "en";
  const labels = new Map(taxonomy.topics.map((topic) => [topic.id, topic.label[labelLanguage]]));
  const topics = [...weights]
    .map(([id, weight]) => ({ id, label: labels.get(id) ?? id, confidence: confidence(weight) }))
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  return { topics, aspects };
}

function matchLanguages(text: string, language: TextLanguage | undefined): MatchLanguage[] {
  const resolved = language ?? detectLanguage(text).language;
  // Unknown or other: a short text ("app lag", "phí cao") may well be either, so both keyword sets run.
  return resolved === "vi" || resolved === "en" ? [resolved] : ["vi", "en"];
}

const confidence = (weight: number) =>
  Math.round(Math.min(MAX_CONFIDENCE, 1 - 0.5 ** weight) * 10_000) / 10_000;
