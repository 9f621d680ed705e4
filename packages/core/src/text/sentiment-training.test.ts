import { describe, expect, it } from "vitest";
import { prepareSentimentInput, sentimentFeatureNames, sentimentFeatures } from "./sentiment-features.ts";
import { mulberry32, type SentimentExample, trainSentimentWeights } from "./sentiment-training.ts";
import { decodeWeights, encodeWeights, sentimentProbabilities } from "./sentiment-weights.ts";

const BITS = 12;

/** A small generated training set: a positive, a negative or a neutral word in a random frame. */
function generatedExamples(count: number, seed: number): SentimentExample[] {
  const random = mulberry32(seed);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)] as string;
  const words = [
    ["tệ", "chán", "thất vọng", "kém"],
    ["bình thường", "tạm", "được"],
    ["tốt", "tuyệt vời", "hài lòng", "đẹp"],
  ];
  return Array.from({ length: count }, () => {
    const label = Math.floor(random() * 3) as 0 | 1 | 2;
    const text = `${pick(["sản phẩm", "nhân viên", "phòng"])} ${pick(words[label] as string[])} ${pick(["quá", "lắm", ""])}`;
    return { features: sentimentFeatures(text, "vi", BITS), label };
  });
}

describe("sentiment features", () => {
  it("reads accented and unaccented Vietnamese into the same folded words", () => {
    const accented = prepareSentimentInput("Không hài lòng 😡", "vi");
    const unaccented = prepareSentimentInput("ko hai long :((", "vi");
    expect(accented.folded).toEqual(["khong", "hai", "long"]);
    expect(unaccented.folded).toEqual(["khong", "hai", "long"]);
    expect(accented.signals).toEqual(["EMO_NEG"]);
    expect(unaccented.signals).toEqual(["EMO_NEG"]);
  });

  it("marks the words after a negation until punctuation", () => {
    const names = sentimentFeatureNames(prepareSentimentInput("không tốt, đẹp", "vi"), "vi");
    expect(names).toContain("n:tot");
    expect(names).not.toContain("n:dep");
    expect(names).toContain("a:không tốt");
    const english = sentimentFeatureNames(prepareSentimentInput("It wasn't good @united", "en"), "en");
    expect(english).toContain("n:good");
    expect(english.some((name) => name.includes("united"))).toBe(false);
  });

  it("hashes into the requested number of buckets", () => {
    const features = sentimentFeatures("Nhân viên rất nhiệt tình 👍", "vi", BITS);
    expect(features.length).toBeGreaterThan(5);
    for (const feature of features) expect(feature).toBeLessThan(1 << BITS);
  });
});

describe("trainSentimentWeights", () => {
  it("gives identical weights when trained twice on the same data", () => {
    const options = { bits: BITS, epochs: 3, seed: 7 };
    const first = trainSentimentWeights(generatedExamples(300, 1), options);
    const second = trainSentimentWeights(generatedExamples(300, 1), options);
    expect(second).toEqual(first);
    expect(encodeWeights(second)).toEqual(encodeWeights(first));
  });

  it("learns the generated classes, also after int8 encoding", () => {
    const weights = decodeWeights(
      encodeWeights(trainSentimentWeights(generatedExamples(600, 2), { bits: BITS, epochs: 3, seed: 7 })),
    );
    const predict = (text: string) => {
      const p = sentimentProbabilities(weights, sentimentFeatures(text, "vi", BITS));
      return p.indexOf(Math.max(...p));
    };
    expect(predict("phòng tệ quá")).toBe(0);
    expect(predict("nhân viên bình thường")).toBe(1);
    expect(predict("sản phẩm tuyệt vời lắm")).toBe(2);
  });

  it("averages the weights of runs with consecutive seeds", () => {
    const examples = generatedExamples(300, 3);
    const options = { bits: BITS, epochs: 2, seed: 7 };
    const first = trainSentimentWeights(examples, options);
    const second = trainSentimentWeights(examples, { ...options, seed: 8 });
    const averaged = trainSentimentWeights(examples, { ...options, runs: 2 });
    expect(averaged).toEqual(first.map((weight, i) => (weight + (second[i] as number)) / 2));
  });
});
