// Weights of a hashed linear sentiment model: scoring a text's features, and the compact committed
// form (int8 with square-root companding, base64), so a 2^18-bucket three-class model is ≈ 700 kB of source.

export const SENTIMENT_CLASSES = ["negative", "neutral", "positive"] as const;
const CLASSES = SENTIMENT_CLASSES.length;

/**
 * Class probabilities [negative, neutral, positive] by softmax over the linear scores. Each feature
 * counts 1/√n for a text of n features, so long and short texts get logits of similar size;
 * `neutralBias` is added to the neutral logit (tuned on dev: neutral is the rare class).
 */
export function sentimentProbabilities(
  weights: Float32Array | Float64Array,
  features: Uint32Array,
  neutralBias = 0,
): [number, number, number] {
  const value = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
  let [negative, neutral, positive] = [0, neutralBias, 0];
  for (const feature of features) {
    const base = feature * CLASSES;
    negative += (weights[base] as number) * value;
    neutral += (weights[base + 1] as number) * value;
    positive += (weights[base + 2] as number) * value;
  }
  const top = Math.max(negative, neutral, positive);
  const [a, b, c] = [Math.exp(negative - top), Math.exp(neutral - top), Math.exp(positive - top)];
  const sum = a + b + c;
  return [a / sum, b / sum, c / sum];
}

export interface EncodedWeights {
  /** The largest absolute stored weight: q = round(127 · sign(w) · √(|w| / scale)). */
  scale: number;
  base64: string;
}

// Only the negative and positive weights relative to the neutral one are stored: softmax does not
// change when one feature's three weights move by the same amount, so neutral can be 0 everywhere and
// the file holds 2 of every 3 weights. Square-root companding keeps the many small weights distinct
// (a linear int8 grid would zero them) at the cost of precision on the few large ones.
export function encodeWeights(weights: Float32Array | Float64Array): EncodedWeights {
  const relative = new Float64Array((weights.length / CLASSES) * 2);
  for (let i = 0, j = 0; i < weights.length; i += CLASSES, j += 2) {
    const neutral = weights[i + 1] as number;
    relative[j] = (weights[i] as number) - neutral;
    relative[j + 1] = (weights[i + 2] as number) - neutral;
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
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { scale, base64: btoa(binary) };
}

/** The [negative, neutral = 0, positive] weights per bucket from their encoded form. */
export function decodeWeights({ scale, base64 }: EncodedWeights): Float32Array {
  const binary = atob(base64);
  const weights = new Float32Array((binary.length / 2) * CLASSES);
  for (let i = 0, j = 0; i < binary.length; i += 2, j += CLASSES) {
    weights[j] = dequantize(binary.charCodeAt(i), scale);
    weights[j + 2] = dequantize(binary.charCodeAt(i + 1), scale);
  }
  return weights;
}

function dequantize(byte: number, scale: number): number {
  const q = (byte << 24) >> 24;
  return Math.sign(q) * (q / 127) ** 2 * scale;
}
