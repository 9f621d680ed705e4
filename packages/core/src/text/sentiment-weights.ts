// Weights of a hashed linear sentiment model: scoring a text's features, and the compact committed
// form (int8 with square-root companding, base64, neutral as the reference class; linear-model.ts), so
// a 2^18-bucket three-class model is ≈ 700 kB of source.
import {
  decodeClassWeights,
  decodeSparseClassWeights,
  type EncodedWeights,
  encodeClassWeights,
  encodeSparseClassWeights,
  linearProbabilities,
} from "./linear-model.ts";
import type { CharacterView } from "./sentiment-features.ts";
import type { SentimentModel } from "./sentiment-model.ts";

export type { EncodedWeights } from "./linear-model.ts";

export const SENTIMENT_CLASSES = ["negative", "neutral", "positive"] as const;
const CLASSES = SENTIMENT_CLASSES.length;
const NEUTRAL = 1;

/**
 * Class probabilities [negative, neutral, positive] by softmax over the linear scores;
 * `neutralBias` is added to the neutral logit (tuned on dev: neutral is the rare class), and a
 * `prior` (the lexicon's score times its tuned strength) to the positive logit when > 0, to the
 * negative one when < 0.
 */
export function sentimentProbabilities(
  weights: Float32Array | Float64Array,
  features: Uint32Array,
  neutralBias = 0,
  prior = 0,
): [number, number, number] {
  const [negative, neutral, positive] = linearProbabilities(
    weights,
    features,
    CLASSES,
    priorBiases(neutralBias, prior),
  );
  return [negative as number, neutral as number, positive as number];
}

const priorBiases = (neutralBias: number, prior: number) => [
  Math.max(0, -prior),
  neutralBias,
  Math.max(0, prior),
];

/** Stores negative − neutral and positive − neutral per bucket. */
export function encodeWeights(weights: Float32Array | Float64Array): EncodedWeights {
  return encodeClassWeights(weights, CLASSES, NEUTRAL);
}

/** The [negative, neutral = 0, positive] weights per bucket from their encoded form. */
export function decodeWeights(encoded: EncodedWeights): Float32Array {
  return decodeClassWeights(encoded, CLASSES, NEUTRAL);
}

/** Expert weights, stored sparsely: an expert trained on one set leaves most buckets untouched. */
export function encodeExpertWeights(weights: Float32Array | Float64Array): EncodedWeights {
  return encodeSparseClassWeights(weights, CLASSES, NEUTRAL);
}

export function decodeExpertWeights(encoded: EncodedWeights, bits: number): Float32Array {
  return decodeSparseClassWeights(encoded, CLASSES, bits, NEUTRAL);
}

/** A sentiment model with its weights decoded, ready to score features. */
export interface DecodedSentimentModel {
  weights: Float32Array;
  characters?: CharacterView & { weight: number; weights: Float32Array };
  neutralBias: number;
  lexiconPrior: number;
  experts: { bits: number; neutralBias: number; weights: Float32Array }[];
  gate?: { bits: number; weights: Float32Array };
}

export function decodeSentimentModel(model: SentimentModel): DecodedSentimentModel {
  const { neutralBias, lexiconPrior, gate, characters } = model;
  return {
    weights: decodeWeights(model.weights),
    ...(characters ? { characters: { ...characters, weights: decodeWeights(characters.weights) } } : {}),
    neutralBias,
    lexiconPrior,
    experts: model.experts.map((expert) => ({
      bits: expert.bits,
      neutralBias: expert.neutralBias,
      weights: decodeExpertWeights(expert.weights, expert.bits),
    })),
    ...(gate
      ? {
          gate: {
            bits: gate.bits,
            weights: decodeSparseClassWeights(
              gate.weights,
              model.experts.length + 1,
              gate.bits,
              model.experts.length,
            ),
          },
        }
      : {}),
  };
}

// An expert whose gate probability is below this is not scored: its share could not change the verdict.
const MIN_EXPERT_SHARE = 1e-3;

/**
 * [negative, neutral, positive] of a text with features `features` and lexicon score `lexicon`: the
 * general model's probabilities, or with experts the gate-weighted mean of the experts' and the general
 * model's (a mixture of experts; the shares of skipped experts go to the general model).
 */
export function mixtureProbabilities(
  model: DecodedSentimentModel,
  features: Uint32Array,
  lexicon: number,
  characterFeatures?: Uint32Array,
): [number, number, number] {
  const prior = lexicon * model.lexiconPrior;
  const general = generalProbabilities(model, features, prior, characterFeatures);
  const { gate, experts } = model;
  if (!gate || experts.length === 0) return general;
  const shares = linearProbabilities(gate.weights, masked(features, gate.bits), experts.length + 1);
  const mixed: [number, number, number] = [0, 0, 0];
  let generalShare = 1;
  experts.forEach((expert, i) => {
    const share = shares[i] as number;
    if (share < MIN_EXPERT_SHARE) return;
    generalShare -= share;
    const probabilities = sentimentProbabilities(
      expert.weights,
      masked(features, expert.bits),
      expert.neutralBias,
      prior,
    );
    for (let c = 0; c < CLASSES; c++) mixed[c] = (mixed[c] as number) + share * (probabilities[c] as number);
  });
  for (let c = 0; c < CLASSES; c++) mixed[c] = (mixed[c] as number) + generalShare * (general[c] as number);
  return mixed;
}

/**
 * The general model's [negative, neutral, positive]: the word model's, or with a character view the
 * softmax of both views' logits weighted (1 − w) and w, plus the neutral bias and the lexicon prior.
 */
function generalProbabilities(
  model: DecodedSentimentModel,
  features: Uint32Array,
  prior: number,
  characterFeatures: Uint32Array | undefined,
): [number, number, number] {
  const { characters } = model;
  if (!characters) return sentimentProbabilities(model.weights, features, model.neutralBias, prior);
  if (!characterFeatures) throw new TypeError("this model reads character n-grams too");
  const words = linearProbabilities(model.weights, features, CLASSES);
  const chars = linearProbabilities(characters.weights, characterFeatures, CLASSES);
  const biases = priorBiases(model.neutralBias, prior);
  const logits = [0, 1, 2].map(
    (c) =>
      (1 - characters.weight) * Math.log(words[c] as number) +
      characters.weight * Math.log(chars[c] as number) +
      (biases[c] as number),
  );
  const top = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - top));
  const sum = exps.reduce((total, value) => total + value, 0);
  return [(exps[0] as number) / sum, (exps[1] as number) / sum, (exps[2] as number) / sum];
}

/** Bucket indices of 2^bits buckets hashed into 2^b ≤ 2^bits: FNV-1a masked to fewer bits. */
export function masked(features: Uint32Array, bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  return features.map((feature) => feature & mask);
}
