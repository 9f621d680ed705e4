// Hashed linear classifiers with k classes, shared by the default sentiment models and the custom text
// models users train (text-model.ts): softmax scoring, training by AdaGrad (Duchi, Hazan & Singer 2011)
// with class weights and L2 on the touched weights, and the compact int8 form the weights are stored in.
// Pure and deterministic: examples are visited in an order drawn from a seeded PRNG, so the same input
// gives the same weights byte for byte.

export interface LinearExample {
  /** Hashed feature indices in [0, 2^bits); a text's features may repeat. */
  features: Uint32Array;
  /** Index of the gold class. */
  label: number;
}

export interface LinearTrainingOptions {
  classes: number;
  bits: number;
  epochs: number;
  seed: number;
  learningRate?: number;
  l2?: number;
  /** Loss weight of each class, in class order; default 1 each. */
  classWeights?: readonly number[];
  /** Label smoothing: the gold class's target is 1 − ε, every other class's ε / (k − 1); default 0. */
  labelSmoothing?: number;
  /**
   * Learn a per-class intercept, not scaled by 1/√n like the features: the returned array then has k more
   * values after the bucket weights, to pass as `biases` to `linearProbabilities`. Default false.
   */
  intercept?: boolean;
}

export interface AveragedTrainingOptions extends LinearTrainingOptions {
  /** Models trained with seeds seed, seed + 1, … whose weights are averaged: steadier than one run. */
  runs: number;
  /** Called after each run with how many runs are done, for progress. */
  progress?: (runsDone: number, runs: number) => void;
}

/**
 * Class probabilities by softmax over the linear scores; weights are laid out bucket-major
 * (`weights[feature · classes + c]`). Each feature counts 1/√n for a text of n features, so long and
 * short texts get logits of similar size; `biases[c]`, when given, is added to class c's logit.
 */
export function linearProbabilities(
  weights: Float32Array | Float64Array,
  features: Uint32Array,
  classes: number,
  biases?: ArrayLike<number>,
): Float64Array {
  const value = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
  const logits = new Float64Array(classes);
  if (biases) for (let c = 0; c < classes; c++) logits[c] = biases[c] ?? 0;
  for (const feature of features) {
    const base = feature * classes;
    for (let c = 0; c < classes; c++)
      logits[c] = (logits[c] as number) + (weights[base + c] as number) * value;
  }
  let top = Number.NEGATIVE_INFINITY;
  for (const logit of logits) top = Math.max(top, logit);
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    logits[c] = Math.exp((logits[c] as number) - top);
    sum += logits[c] as number;
  }
  for (let c = 0; c < classes; c++) logits[c] = (logits[c] as number) / sum;
  return logits;
}

/** Multinomial logistic regression by AdaGrad; returns the weights in `linearProbabilities`' layout. */
export function trainLinearWeights(
  examples: readonly LinearExample[],
  options: LinearTrainingOptions,
): Float64Array {
  const { classes, bits, epochs, seed, learningRate = 0.3, l2 = 1e-6, labelSmoothing = 0 } = options;
  const classWeights = options.classWeights ?? Array.from({ length: classes }, () => 1);
  const featureWeights = (1 << bits) * classes;
  const weights = new Float64Array(featureWeights + (options.intercept ? classes : 0));
  const biases = options.intercept ? weights.subarray(featureWeights) : undefined;
  const squares = new Float64Array(weights.length);
  const random = mulberry32(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { features, label } = examples[i] as LinearExample;
      if (features.length === 0) continue;
      const probabilities = linearProbabilities(weights, features, classes, biases);
      const value = 1 / Math.sqrt(features.length);
      const weight = classWeights[label] as number;
      for (let c = 0; c < classes; c++) {
        const target = c === label ? 1 - labelSmoothing : labelSmoothing / (classes - 1);
        const residual = ((probabilities[c] as number) - target) * weight;
        if (biases) {
          const k = featureWeights + c;
          squares[k] = (squares[k] as number) + residual * residual;
          weights[k] =
            (weights[k] as number) - (learningRate * residual) / Math.sqrt((squares[k] as number) + 1e-8);
        }
        const error = residual * value;
        for (const feature of features) {
          const k = feature * classes + c;
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

/**
 * The mean of `runs` models trained with seeds seed, seed + 1, …: each run sees the examples in another
 * order, and averaging evens out how much a linear model's dev figures depend on that order.
 */
export function trainAveragedLinearWeights(
  examples: readonly LinearExample[],
  options: AveragedTrainingOptions,
): Float64Array {
  const { runs, progress, ...single } = options;
  let sum: Float64Array | undefined;
  for (let run = 0; run < runs; run++) {
    const trained = trainLinearWeights(examples, { ...single, seed: single.seed + run });
    if (sum) for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (trained[i] as number);
    else sum = trained;
    progress?.(run + 1, runs);
  }
  if (!sum) throw new RangeError("runs must be at least 1");
  for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) / runs;
  return sum;
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

export interface EncodedWeights {
  /** The largest absolute stored weight: q = round(127 · sign(w) · √(|w| / scale)). */
  scale: number;
  base64: string;
}

// Only the weights relative to one reference class are stored: softmax does not change when one
// feature's k weights move by the same amount, so the reference class can be 0 everywhere and the file
// holds k − 1 of every k weights. Square-root companding keeps the many small weights distinct (a
// linear int8 grid would zero them) at the cost of precision on the few large ones.
export function encodeClassWeights(
  weights: Float32Array | Float64Array,
  classes: number,
  reference: number,
): EncodedWeights {
  const { scale, bytes } = quantizeClassWeights(weights, classes, reference);
  return { scale, base64: toBase64(bytes) };
}

/** The k − 1 relative weights of every bucket as int8 (two's complement in a byte), and their scale. */
export function quantizeClassWeights(
  weights: Float32Array | Float64Array,
  classes: number,
  reference: number,
): { scale: number; bytes: Uint8Array } {
  const relative = new Float64Array((weights.length / classes) * (classes - 1));
  for (let i = 0, j = 0; i < weights.length; i += classes) {
    const base = weights[i + reference] as number;
    for (let c = 0; c < classes; c++) if (c !== reference) relative[j++] = (weights[i + c] as number) - base;
  }
  let scale = 0;
  for (const weight of relative) scale = Math.max(scale, Math.abs(weight));
  scale = Number(scale.toPrecision(6));
  const bytes = new Uint8Array(relative.length);
  for (let i = 0; i < relative.length; i++) {
    const weight = relative[i] as number;
    const q =
      scale === 0
        ? 0
        : Math.round(127 * Math.sign(weight) * Math.sqrt(Math.min(1, Math.abs(weight) / scale)));
    bytes[i] = q & 0xff;
  }
  return { scale, bytes };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The weights per bucket from their encoded form, the reference class 0 everywhere. */
export function decodeClassWeights(
  { scale, base64 }: EncodedWeights,
  classes: number,
  reference: number,
): Float32Array {
  const binary = atob(base64);
  const weights = new Float32Array((binary.length / (classes - 1)) * classes);
  for (let i = 0, j = 0; i < binary.length; j += classes) {
    for (let c = 0; c < classes; c++) {
      if (c !== reference) weights[j + c] = dequantize(binary.charCodeAt(i++), scale);
    }
  }
  return weights;
}

/**
 * The sparse form of `encodeClassWeights`, for models that leave most buckets untouched (custom models,
 * domain experts): per bucket with any non-zero weight, the gap to the previous such bucket as a LEB128
 * varint, then its k − 1 relative int8 weights.
 */
export function encodeSparseClassWeights(
  weights: Float32Array | Float64Array,
  classes: number,
  reference: number,
): EncodedWeights {
  const stored = classes - 1;
  const { scale, bytes } = quantizeClassWeights(weights, classes, reference);
  const out: number[] = [];
  let previous = -1;
  for (let bucket = 0; bucket * stored < bytes.length; bucket++) {
    const values = bytes.subarray(bucket * stored, (bucket + 1) * stored);
    if (values.every((value) => value === 0)) continue;
    for (let gap = bucket - previous - 1; ; gap >>>= 7) {
      if (gap < 0x80) {
        out.push(gap);
        break;
      }
      out.push((gap & 0x7f) | 0x80);
    }
    out.push(...values);
    previous = bucket;
  }
  return { scale, base64: toBase64(Uint8Array.from(out)) };
}

/** The weights of 2^bits buckets from `encodeSparseClassWeights`; a RangeError when they do not fit. */
export function decodeSparseClassWeights(
  { scale, base64 }: EncodedWeights,
  classes: number,
  bits: number,
  reference: number,
): Float32Array {
  const buckets = 1 << bits;
  const weights = new Float32Array(buckets * classes);
  const binary = atob(base64);
  let bucket = -1;
  for (let i = 0; i < binary.length; ) {
    let gap = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = binary.charCodeAt(i++);
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80 || i >= binary.length) break;
    }
    bucket += gap + 1;
    if (bucket >= buckets || i + classes - 1 > binary.length) {
      throw new RangeError("the encoded weights do not fit the classes and bits");
    }
    for (let c = 0; c < classes; c++) {
      if (c !== reference) weights[bucket * classes + c] = dequantize(binary.charCodeAt(i++), scale);
    }
  }
  return weights;
}

export function dequantize(byte: number, scale: number): number {
  const q = (byte << 24) >> 24;
  return Math.sign(q) * (q / 127) ** 2 * scale;
}
