// Training of the hashed linear sentiment models: the k-class trainer of linear-model.ts with the three
// sentiment classes, so scripts/train-text.ts and the custom models share one training loop.
import { type LinearExample, trainAveragedLinearWeights } from "./linear-model.ts";
import { SENTIMENT_CLASSES } from "./sentiment-weights.ts";

export { mulberry32 } from "./linear-model.ts";

export interface SentimentExample extends LinearExample {
  /** 0 = negative, 1 = neutral, 2 = positive. */
  label: 0 | 1 | 2;
}

export interface SentimentTrainingOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Runs with seeds seed, seed + 1, … whose weights are averaged; default 1. */
  runs?: number;
  learningRate?: number;
  l2?: number;
  /** Loss weight of each class [negative, neutral, positive]; default 1 each. */
  classWeights?: readonly [number, number, number];
}

export function trainSentimentWeights(
  examples: readonly SentimentExample[],
  options: SentimentTrainingOptions,
): Float64Array {
  return trainAveragedLinearWeights(examples, {
    ...options,
    runs: options.runs ?? 1,
    classes: SENTIMENT_CLASSES.length,
  });
}
