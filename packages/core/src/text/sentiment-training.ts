// Training of the hashed linear sentiment models: multinomial logistic regression by AdaGrad (Duchi,
// Hazan & Singer 2011) with class weights and L2 on the touched weights. Pure and deterministic: the
// examples are visited in an order drawn from a seeded PRNG, so the same input gives the same weights.
import { sentimentProbabilities } from "./sentiment-weights.ts";

export interface SentimentExample {
  features: Uint32Array;
  /** 0 = negative, 1 = neutral, 2 = positive. */
  label: 0 | 1 | 2;
}

export interface SentimentTrainingOptions {
  bits: number;
  epochs: number;
  seed: number;
  learningRate?: number;
  l2?: number;
  /** Loss weight of each class [negative, neutral, positive]; default 1 each. */
  classWeights?: readonly [number, number, number];
}

export function trainSentimentWeights(
  examples: readonly SentimentExample[],
  options: SentimentTrainingOptions,
): Float64Array {
  const { bits, epochs, seed, learningRate = 0.3, l2 = 1e-6, classWeights = [1, 1, 1] } = options;
  const weights = new Float64Array((1 << bits) * 3);
  const squares = new Float64Array(weights.length);
  const random = mulberry32(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { features, label } = examples[i] as SentimentExample;
      if (features.length === 0) continue;
      const probabilities = sentimentProbabilities(weights, features);
      const value = 1 / Math.sqrt(features.length);
      const weight = classWeights[label];
      for (let c = 0; c < 3; c++) {
        const error = ((probabilities[c] as number) - (c === label ? 1 : 0)) * weight * value;
        for (const feature of features) {
          const k = feature * 3 + c;
          const gradient = error + l2 * (weights[k] as number);
          squares[k] = (squares[k] as number) + gradient * gradient;
          weights[k] =
            (weights[k] as number) - (learningRate * gradient) / Math.sqrt((squares[k] as number) + 1e-8);
        }
      }
    }
  }
  return weights;
}

/** Fisher–Yates with the given PRNG. */
function shuffle(items: number[], random: () => number) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as number, items[i] as number];
  }
}

/** A small seeded PRNG (mulberry32), as in scripts/train-language.ts. */
export function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
