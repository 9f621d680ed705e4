import { describe, expect, it } from "vitest";
import { mulberry32 } from "./linear-model.ts";
import {
  parseTextModel,
  predictTextModel,
  TextModelError,
  textModelSentiment,
  textModelTopics,
} from "./text-model.ts";
import { evaluateTextModel, type LabelledText, trainTextModel } from "./text-model-training.ts";

const TOPIC_WORDS: Record<string, string[]> = {
  lecturer: ["thầy giảng", "cô dạy", "giảng viên"],
  facility: ["phòng học", "máy chiếu", "wifi"],
  training_program: ["chương trình", "môn học", "tín chỉ"],
};

/** A small generated set: a topic's phrase in a random frame, so each label has its own words. */
function topicExamples(count: number, seed: number): LabelledText[] {
  const random = mulberry32(seed);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)] as string;
  const labels = Object.keys(TOPIC_WORDS);
  return Array.from({ length: count }, () => {
    const label = pick(labels);
    const text = `${pick(["em thấy", "nhìn chung", ""])} ${pick(TOPIC_WORDS[label] as string[])} ${pick(["rất tốt", "hơi tệ", "bình thường"])}`;
    return { text: text.trim(), label };
  });
}

const options = { task: "topic" as const, bits: 12, epochs: 3, runs: 2 };

describe("trainTextModel", () => {
  it("gives the same model file for the same examples and options", () => {
    const first = JSON.stringify(trainTextModel(topicExamples(200, 1), options));
    const second = JSON.stringify(trainTextModel(topicExamples(200, 1), options));
    expect(second).toBe(first);
    expect(JSON.stringify(trainTextModel(topicExamples(200, 1), { ...options, seed: 9 }))).not.toBe(first);
  });

  it("learns the generated topics, also after a JSON round trip of the file", () => {
    const trained = trainTextModel(topicExamples(300, 2), options);
    const model = parseTextModel(JSON.parse(JSON.stringify(trained)));
    expect(model.labels).toEqual(["facility", "lecturer", "training_program"]);
    expect(model.features.language).toBe("vi");
    for (const [label, phrases] of Object.entries(TOPIC_WORDS)) {
      for (const phrase of phrases) expect(predictTextModel(model, `${phrase} quá`).label).toBe(label);
    }
    const { probabilities } = predictTextModel(model, "wifi yếu");
    expect(probabilities.map((entry) => entry.label)[0]).toBe("facility");
    expect(probabilities.reduce((sum, entry) => sum + entry.probability, 0)).toBeCloseTo(1, 9);
    for (let i = 1; i < probabilities.length; i++) {
      expect(probabilities[i]?.probability).toBeLessThanOrEqual(probabilities[i - 1]?.probability as number);
    }
    const held = topicExamples(60, 3);
    const report = evaluateTextModel(model, held);
    const right = held.filter((example) => predictTextModel(model, example.text).label === example.label);
    expect(report.accuracy).toBe(right.length / held.length);
    expect(report.accuracy).toBeGreaterThan(0.95);
  });

  it("refuses one label, too few examples, and sentiment labels outside negative/neutral/positive", () => {
    const one = topicExamples(50, 4).map((example) => ({ ...example, label: "only" }));
    expect(() => trainTextModel(one, options)).toThrow(/at least 2 different labels; found "only"/);
    const rare = [...topicExamples(50, 5), { text: "căn tin đắt", label: "canteen" }];
    expect(() => trainTextModel(rare, options)).toThrow(/too few examples.*"canteen" has 1/);
    const sentiment = topicExamples(50, 6).map((example, i) => ({
      ...example,
      label: ["negative", "positive", "good"][i % 3] as string,
    }));
    expect(() => trainTextModel(sentiment, { ...options, task: "sentiment" })).toThrow(TextModelError);
    expect(() => trainTextModel(sentiment, { ...options, task: "sentiment" })).toThrow(/found "good"/);
  });
});

describe("parseTextModel", () => {
  const model = trainTextModel(topicExamples(120, 7), options);

  it("says what is wrong with a file that is not a usable model", () => {
    expect(() => parseTextModel({ hello: 1 })).toThrow(/format is missing/);
    expect(() => parseTextModel([])).toThrow(TextModelError);
    expect(() => parseTextModel({ ...model, task: "emotion" })).toThrow(/task/);
    expect(() => parseTextModel({ ...model, task: "sentiment" })).toThrow(
      /labels: a sentiment model's labels must be negative, neutral, positive/,
    );
    expect(() => parseTextModel({ ...model, labels: ["a", "a", "b"] })).toThrow(/labels must be distinct/);
    expect(() => parseTextModel({ ...model, features: { ...model.features, bits: 8 } })).toThrow(
      /do not fit the model's labels and bits/,
    );
    expect(() => parseTextModel({ ...model, weights: { ...model.weights, biases: [0, 1] } })).toThrow(
      /weights.biases: one bias per label/,
    );
  });

  it("still reads /1 files (no intercepts, one set of weights) and refuses /2 parts in them", () => {
    const { withoutDiacritics, ...rest } = model;
    const { biases, ...plain } = model.weights;
    expect(withoutDiacritics).toBeDefined();
    expect(biases).toHaveLength(3);
    const old = parseTextModel({ ...rest, format: "touchpoint-text-model/1", weights: plain });
    // Without intercepts a /1 file is scored on its weights alone: the same text, other probabilities.
    const text = "phòng học nóng";
    expect(predictTextModel(old, text).label).toBe("facility");
    expect(predictTextModel(old, text).probabilities[0]?.probability).not.toBeCloseTo(
      predictTextModel(model, text).probabilities[0]?.probability as number,
      6,
    );
    expect(() => parseTextModel({ ...model, format: "touchpoint-text-model/1" })).toThrow(
      /one bias per label, in \/2 files only.*withoutDiacritics: only in \/2 files/,
    );
  });

  it("scores a Vietnamese text typed without diacritics with the weights trained without them", () => {
    const unaccented = { ...model, weights: model.withoutDiacritics?.weights ?? model.weights };
    for (const text of ["phong hoc nong", "thay giang hay"]) {
      expect(predictTextModel(model, text)).toEqual(
        predictTextModel({ ...unaccented, withoutDiacritics: undefined }, text),
      );
    }
    expect(predictTextModel(model, "phòng học nóng")).not.toEqual(
      predictTextModel({ ...unaccented, withoutDiacritics: undefined }, "phòng học nóng"),
    );
  });
});

describe("textModelTopics and textModelSentiment", () => {
  it("lists the top topic always and others only at or above the threshold, most likely first", () => {
    const model = trainTextModel(topicExamples(300, 8), options);
    const text = "giảng viên dạy hay nhưng phòng học nóng";
    const ranked = predictTextModel(model, text).probabilities;
    const topics = textModelTopics(model, text);
    expect(topics[0]?.id).toBe(ranked[0]?.label);
    expect(topics.map((topic) => topic.id)).toEqual(
      ranked.filter((entry, i) => i === 0 || entry.probability >= 0.3).map((entry) => entry.label),
    );
    expect(topics.every((topic) => topic.id === topic.label)).toBe(true);
  });

  it("reads a sentiment model's score as P(positive) − P(negative)", () => {
    const random = mulberry32(10);
    const words = { negative: ["tệ", "chán"], neutral: ["bình thường"], positive: ["tốt", "hay"] };
    const examples = Array.from({ length: 150 }, (_, i) => {
      const label = (["negative", "neutral", "positive"] as const)[i % 3] as keyof typeof words;
      const list = words[label];
      return { text: `môn này ${list[Math.floor(random() * list.length)]}`, label };
    });
    const model = trainTextModel(examples, { ...options, task: "sentiment" });
    expect(model.labels).toEqual(["negative", "neutral", "positive"]);
    const { probabilities } = predictTextModel(model, "môn này tệ");
    const p = (label: string) => probabilities.find((entry) => entry.label === label)?.probability ?? 0;
    const result = textModelSentiment(model, "môn này tệ");
    expect(result.sentiment).toBe("negative");
    expect(result.score).toBeCloseTo(p("positive") - p("negative"), 4);
    expect(textModelSentiment(model, "  ")).toEqual({ sentiment: "neutral", score: 0 });
  });
});
