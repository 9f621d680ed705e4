// Text analytics: language, Vietnamese normalisation, sentiment, topics and aspects, keywords, themes.
export {
  type AnalysisLanguage,
  type AnalyzeOptions,
  analysisLanguageSchema,
  analyzeText,
  DEFAULT_MAX_TEXT_LENGTH,
  MAX_TEXTS_PER_REQUEST,
  TEXT_ANALYSIS_VERSION,
  type TextAnalysis,
  textAnalysisSchema,
} from "./analyze.ts";
export { type EmotionSignal, extractEmotionSignals } from "./emotion-signals.ts";
export {
  type Comment,
  type CommentAspect,
  type CommentFilters,
  type CommentLabels,
  type CommentLabelsInput,
  type CommentPage,
  type CommentTouchpoints,
  commentAspectSchema,
  commentFiltersSchema,
  commentLabelsInputSchema,
  commentLabelsSchema,
  commentPageSchema,
  commentSchema,
  commentTouchpointsSchema,
  type EmergingThemesQuery,
  type EmergingThemesResponse,
  emergingThemesQuerySchema,
  emergingThemesResponseSchema,
  type LabelsSummary,
  labelsSummarySchema,
  REENRICHMENT_STATUSES,
  type ReenrichmentRun,
  type ReenrichmentState,
  reenrichmentRunSchema,
  reenrichmentStateSchema,
  type TopicTrendPoint,
  type TopicTrends,
  type TopicTrendsQuery,
  TREND_GRAINS,
  type TrendGrain,
  topicTrendPointSchema,
  topicTrendsQuerySchema,
  topicTrendsSchema,
  trendGrainSchema,
  type WorkspaceTaxonomy,
  workspaceTaxonomySchema,
} from "./explorer.ts";
export { extractKeywords, type Keyword } from "./keywords.ts";
export { type DetectedLanguage, detectLanguage, type TextLanguage, textLanguageSchema } from "./language.ts";
export {
  collapseRepeatedLetters,
  expandTeenCode,
  type NormalizedText,
  normalizeVietnamese,
} from "./normalize.ts";
export { type Sentiment, type SentimentResult, scoreSentiment, sentimentSchema } from "./sentiment.ts";
export { type ClassificationReport, type ClassScores, classificationReport } from "./sentiment-metrics.ts";
export {
  type StoredTextAnalysis,
  storedTextAnalysisSchema,
  TEXT_SOURCE_KINDS,
  type TextAnalysisFilters,
  type TextAnalysisPage,
  type TextSourceKind,
  textAnalysisFiltersSchema,
  textAnalysisPageSchema,
  textSourceKindSchema,
} from "./stored-analysis.ts";
export { extendTaxonomy, type Taxonomy, type Topic, taxonomySchema, topicSchema } from "./taxonomy.ts";
export { DEFAULT_TAXONOMY } from "./taxonomy-default.ts";
export { TEEN_CODE, type TeenCodeEntry, type TeenCodeRule } from "./teen-code.ts";
export {
  type LabelProbability,
  parseTextModel,
  predictTextModel,
  TEXT_MODEL_FORMAT,
  TEXT_MODEL_TASKS,
  type TextModel,
  TextModelError,
  type TextModelPrediction,
  type TextModelTask,
  TOPIC_MODEL_MIN_CONFIDENCE,
  textModelSchema,
  textModelSentiment,
  textModelTaskSchema,
  textModelTopics,
} from "./text-model.ts";
export {
  evaluateTextModel,
  type LabelledText,
  MIN_EXAMPLES_PER_LABEL,
  TEXT_MODEL_DEFAULTS,
  type TextModelTrainingOptions,
  trainTextModel,
} from "./text-model-training.ts";
export {
  DEFAULT_TEXT_SETTINGS,
  MAX_MAX_TEXT_LENGTH,
  MIN_MAX_TEXT_LENGTH,
  maxTextLengthSchema,
  type TextSettings,
  type TextSettingsInput,
  textSettingsInputSchema,
  textSettingsSchema,
} from "./text-settings.ts";
export {
  countPhrases,
  type EmergingTheme,
  type EmergingThemesOptions,
  emergingThemes,
  type PhraseCounts,
} from "./themes.ts";
export { foldedTokens, tokens } from "./tokens.ts";
export { placeToneMarks } from "./tone-marks.ts";
export {
  type Aspect,
  type AspectSentiment,
  type ClauseScore,
  type DetectedTopic,
  type DetectTopicsOptions,
  detectTopics,
  type TopicsResult,
} from "./topics.ts";
export { splitClauses, type TextSpan } from "./topics-clauses.ts";
export {
  deactivateWorkspaceModelQuerySchema,
  HOLD_OUT_EVERY,
  MIN_LABELS_PER_CLASS,
  splitHeldOut,
  type TrainingReadiness,
  type TrainWorkspaceModelInput,
  trainingReadiness,
  trainWorkspaceModelInputSchema,
  type WorkspaceModel,
  type WorkspaceModelList,
  workspaceModelListSchema,
  workspaceModelSchema,
} from "./workspace-models.ts";
