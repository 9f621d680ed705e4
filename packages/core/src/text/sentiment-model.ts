// The shape of a committed sentiment model file (sentiment-model-vi.ts, sentiment-model-en.ts).
import type { SentimentLanguage } from "./sentiment-features.ts";
import type { EncodedWeights } from "./sentiment-weights.ts";

export interface SentimentModel {
  language: SentimentLanguage;
  /** The features are hashed into 2^bits buckets. */
  bits: number;
  /** Added to the neutral logit; tuned on the dev sets for macro-F1. */
  neutralBias: number;
  /** The customer-service lexicon's score is multiplied by this and added to the logits; tuned on dev. */
  lexiconPrior: number;
  /** Training texts per data set. */
  trainedOn: Record<string, number>;
  weights: EncodedWeights;
}
