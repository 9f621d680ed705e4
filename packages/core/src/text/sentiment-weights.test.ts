import { describe, expect, it } from "vitest";
import { decodeSparseClassWeights, encodeSparseClassWeights, linearProbabilities } from "./linear-model.ts";
import { characterFeatures } from "./sentiment-features.ts";
import type { SentimentModel } from "./sentiment-model.ts";
import {
  decodeSentimentModel,
  encodeExpertWeights,
  encodeWeights,
  masked,
  mixtureProbabilities,
  sentimentProbabilities,
} from "./sentiment-weights.ts";

const BITS = 8;
const GATE_BITS = 6;

/** Weights of 2^bits buckets × classes, a few buckets set, the rest 0. */
function weights(bits: number, classes: number, set: Record<number, number[]>): Float64Array {
  const out = new Float64Array((1 << bits) * classes);
  for (const [bucket, values] of Object.entries(set)) {
    values.forEach((value, c) => {
      out[Number(bucket) * classes + c] = value;
    });
  }
  return out;
}

// Bucket 3 says negative to the general model and positive to the expert; bucket 200 (masked to 8
// for the 2^6-bucket gate) sends a text to the expert, bucket 70 (masked to 6) to the general model.
const general = weights(BITS, 3, { 3: [2, 0, -2] });
const expert = weights(BITS, 3, { 3: [-2, 0, 2] });
const gate = weights(GATE_BITS, 2, { 8: [6, 0], 6: [-6, 0] });
const model: SentimentModel = {
  language: "vi",
  bits: BITS,
  neutralBias: 0,
  lexiconPrior: 0,
  trainedOn: {},
  weights: encodeWeights(general),
  experts: [{ domain: "d", bits: BITS, neutralBias: 0, weights: encodeExpertWeights(expert) }],
  gate: { bits: GATE_BITS, weights: encodeSparseClassWeights(gate, 2, 1) },
};
const decoded = decodeSentimentModel(model);

describe("sparse class weights", () => {
  it("round-trips through the sparse form with any reference class", () => {
    const original = weights(10, 4, { 0: [0.5, -1, 0, 2], 700: [0, 0, 0, 0.01], 1023: [-3, 0, 1, 0] });
    for (const reference of [0, 2]) {
      const back = decodeSparseClassWeights(
        encodeSparseClassWeights(original, 4, reference),
        4,
        10,
        reference,
      );
      for (let i = 0; i < original.length; i += 4) {
        const base = (original[i + reference] as number) - (back[i + reference] as number);
        for (let c = 0; c < 4; c++) {
          // Only differences to the reference class are stored, to int8 precision (√-companded).
          expect(back[i + c] as number).toBeCloseTo((original[i + c] as number) - base, 1);
        }
      }
    }
  });

  it("refuses weights that do not fit the buckets", () => {
    const encoded = encodeSparseClassWeights(weights(10, 3, { 1000: [1, 0, 0] }), 3, 1);
    expect(() => decodeSparseClassWeights(encoded, 3, 8, 1)).toThrow(RangeError);
  });
});

describe("mixture of experts", () => {
  it("masks bucket indices to fewer bits", () => {
    expect([...masked(Uint32Array.from([200, 70, 3]), 6)]).toEqual([8, 6, 3]);
  });

  it("weighs the expert and the general model by the gate", () => {
    const toExpert = Uint32Array.from([3, 200]);
    const share = linearProbabilities(
      decoded.gate?.weights as Float32Array,
      masked(toExpert, 6),
      2,
    )[0] as number;
    expect(share).toBeGreaterThan(0.9);
    const fromExpert = sentimentProbabilities(decoded.experts[0]?.weights as Float32Array, toExpert);
    const fromGeneral = sentimentProbabilities(decoded.weights, toExpert);
    const mixed = mixtureProbabilities(decoded, toExpert, 0);
    for (let c = 0; c < 3; c++) {
      expect(mixed[c]).toBeCloseTo(
        share * (fromExpert[c] as number) + (1 - share) * (fromGeneral[c] as number),
        6,
      );
    }
    expect(mixed[2]).toBeGreaterThan(mixed[0]);
  });

  it("leaves texts the gate does not send to an expert to the general model", () => {
    const toGeneral = Uint32Array.from([3, 70]);
    const mixed = mixtureProbabilities(decoded, toGeneral, 0);
    expect(mixed[0]).toBeGreaterThan(mixed[2]);
    const { gate: _gate, ...generalOnly } = model;
    const withoutExperts = decodeSentimentModel({ ...generalOnly, experts: [] });
    expect(mixtureProbabilities(withoutExperts, toGeneral, 0)).toEqual(
      sentimentProbabilities(withoutExperts.weights, toGeneral),
    );
  });
});

describe("character view", () => {
  const view = { minN: 3, maxN: 5, bits: 12 };

  it("hashes the 3–5-grams of the folded words with a space at each end, the emoji signals and a bias", () => {
    // " sao " has 3 + 2 + 1 n-grams of lengths 3, 4, 5; plus the bias and one emoji signal.
    expect(characterFeatures("Sao 😡", "vi", view)).toHaveLength(1 + 1 + 3 + 2 + 1);
    // Folded: accents and case do not change a character n-gram.
    expect([...characterFeatures("SAO", "vi", view)]).toEqual([...characterFeatures("sao", "vi", view)]);
    expect([...characterFeatures("sào", "vi", view)]).toEqual([...characterFeatures("sao", "vi", view)]);
  });

  it("adds the views' log-probabilities weighted (1 − w) and w, then the biases", () => {
    const charWeights = weights(12, 3, { 5: [0, 0, 3] });
    const words = Uint32Array.from([3]);
    const chars = Uint32Array.from([5]);
    const twoViews = {
      ...decoded,
      experts: [],
      neutralBias: 0.4,
      characters: { ...view, weight: 0.25, weights: Float32Array.from(charWeights) },
    };
    const { gate: _gate, ...withoutGate } = twoViews;
    const p = mixtureProbabilities(withoutGate, words, 0, chars);
    const w = linearProbabilities(decoded.weights, words, 3);
    const c = linearProbabilities(charWeights, chars, 3);
    const logits = [0, 1, 2].map(
      (k) => 0.75 * Math.log(w[k] as number) + 0.25 * Math.log(c[k] as number) + (k === 1 ? 0.4 : 0),
    );
    const total = logits.reduce((sum, logit) => sum + Math.exp(logit), 0);
    for (let k = 0; k < 3; k++) expect(p[k]).toBeCloseTo(Math.exp(logits[k] as number) / total, 9);
    expect(() => mixtureProbabilities(withoutGate, words, 0)).toThrow(TypeError);
  });
});
