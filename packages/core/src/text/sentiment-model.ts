// The shape of a committed sentiment model file (sentiment-model-vi.ts, sentiment-model-en.ts).
import type { CharacterView, SentimentLanguage } from "./sentiment-features.ts";
import type { EncodedWeights } from "./sentiment-weights.ts";

/**
 * A model trained on one training set (domain) alone, used for the texts the gate finds to be from that
 * domain; sparse weights (`encodeSparseClassWeights`, neutral the reference class).
 */
export interface SentimentExpert {
  domain: string;
  /** Its features are the model's bucket indices masked to 2^bits (bits ≤ the model's). */
  bits: number;
  /** Added to the expert's neutral logit; tuned on its domain's dev set for macro-F1. */
  neutralBias: number;
  weights: EncodedWeights;
}

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
  /** The general model, trained on every set: dense weights. */
  weights: EncodedWeights;
  /**
   * A second view of the general model: a linear model over character n-grams trained on the same texts.
   * The general logits are (1 − weight) · the word model's + weight · this one's (a product of experts).
   */
  characters?: CharacterView & { weight: number; weights: EncodedWeights };
  /** Domain experts, kept only where one beat the general model on its domain's dev set. */
  experts: SentimentExpert[];
  /**
   * Present when there are experts: a linear classifier over the same features (the bucket index masked
   * to 2^bits) giving P(expert 1), …, P(expert n), P(anything else); sparse weights, the last class the
   * reference. The text's probabilities are those of the experts and the general model, so weighted.
   */
  gate?: { bits: number; weights: EncodedWeights };
}
