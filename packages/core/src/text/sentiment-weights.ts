// Weights of a hashed linear sentiment model: scoring a text's features, and the compact committed
// form (int8 with square-root companding, base64, neutral as the reference class; linear-model.ts), so
// a 2^18-bucket three-class model is ≈ 700 kB of source.
import {
  decodeClassWeights,
  type EncodedWeights,
  encodeClassWeights,
  linearProbabilities,
} from "./linear-model.ts";

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
  const biases = [Math.max(0, -prior), neutralBias, Math.max(0, prior)];
  const [negative, neutral, positive] = linearProbabilities(weights, features, CLASSES, biases);
  return [negative as number, neutral as number, positive as number];
}

/** Stores negative − neutral and positive − neutral per bucket. */
export function encodeWeights(weights: Float32Array | Float64Array): EncodedWeights {
  return encodeClassWeights(weights, CLASSES, NEUTRAL);
}

/** The [negative, neutral = 0, positive] weights per bucket from their encoded form. */
export function decodeWeights(encoded: EncodedWeights): Float32Array {
  return decodeClassWeights(encoded, CLASSES, NEUTRAL);
}
