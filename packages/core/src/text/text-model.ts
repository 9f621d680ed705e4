// Custom text models: a hashed linear classifier (linear-model.ts) over the sentiment features, trained
// on a workspace's own labelled feedback for topics (any labels) or sentiment. This file holds the model
// file's format (zod schema), reading it with errors that say what is wrong, and predicting with it;
// training is in text-model-training.ts. Pure: the CLI and the server read and write the files.
import { z } from "zod";
import { decodeSparseClassWeights, encodeSparseClassWeights, linearProbabilities } from "./linear-model.ts";
import type { Sentiment, SentimentResult } from "./sentiment.ts";
import { sentimentFeatures } from "./sentiment-features.ts";
import { SENTIMENT_CLASSES } from "./sentiment-weights.ts";
import { hasDiacritics } from "./topics-matcher.ts";

/**
 * /2 adds per-class intercepts (`weights.biases`) and, for Vietnamese, a second set of weights for texts
 * typed without diacritics (`withoutDiacritics`); /1 files (neither) are still read.
 */
export const TEXT_MODEL_FORMAT = "touchpoint-text-model/2";
export const TEXT_MODEL_FORMATS = ["touchpoint-text-model/1", TEXT_MODEL_FORMAT] as const;
/** The feature extraction of sentiment-features.ts; raise it when that changes what a text hashes to. */
export const TEXT_MODEL_FEATURES_VERSION = "sentiment-features/1";
export const TEXT_MODEL_TASKS = ["topic", "sentiment"] as const;
export const textModelTaskSchema = z.enum(TEXT_MODEL_TASKS);
export type TextModelTask = z.infer<typeof textModelTaskSchema>;

/** The file cannot be used as a text model, or the training set cannot give one. */
export class TextModelError extends Error {
  override readonly name = "TextModelError";
}

const weightsSchema = z.object({
  /**
   * Per bucket with any weight: the gap to the previous such bucket as a LEB128 varint, then the
   * weights of labels 2…k minus that of label 1 as int8 with square-root companding
   * (w = sign(q) · (q/127)² · scale); base64.
   */
  encoding: z.literal("int8-sqrt-sparse"),
  scale: z.number().nonnegative(),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
  /** /2: each label's intercept (logit added whatever the features), label 1's 0. */
  biases: z.array(z.number()).optional(),
});

export const textModelSchema = z
  .object({
    format: z.enum(TEXT_MODEL_FORMATS),
    task: textModelTaskSchema,
    /** The classes, in the order of the stored weights. */
    labels: z.array(z.string().min(1)).min(2),
    features: z.object({
      version: z.literal(TEXT_MODEL_FEATURES_VERSION),
      /** Which normalisation and negation words the features use: the training texts' main language. */
      language: z.enum(["vi", "en"]),
      /** The features are hashed into 2^bits buckets. */
      bits: z.number().int().min(8).max(24),
    }),
    training: z.object({
      examples: z.number().int().nonnegative(),
      counts: z.record(z.string(), z.number().int().nonnegative()),
      seed: z.number().int(),
      epochs: z.number().int().positive(),
      runs: z.number().int().positive(),
      learningRate: z.number().positive(),
      l2: z.number().nonnegative(),
      classWeightPower: z.number().nonnegative(),
      labelSmoothing: z.number().min(0).max(1).optional(),
    }),
    weights: weightsSchema,
    /**
     * Vietnamese /2 models: the weights used for a text with no diacritics at all (typed without accents),
     * trained on the training texts with their diacritics stripped. Absent: `weights` score every text.
     */
    withoutDiacritics: z.object({ weights: weightsSchema }).optional(),
  })
  .superRefine((model, context) => {
    if (new Set(model.labels).size !== model.labels.length) {
      context.addIssue({ code: "custom", path: ["labels"], message: "labels must be distinct" });
    }
    for (const [path, weights] of [
      [["weights"], model.weights],
      [["withoutDiacritics", "weights"], model.withoutDiacritics?.weights],
    ] as const) {
      if (
        weights?.biases &&
        (model.format !== TEXT_MODEL_FORMAT || weights.biases.length !== model.labels.length)
      ) {
        context.addIssue({
          code: "custom",
          path: [...path, "biases"],
          message: "one bias per label, in /2 files only",
        });
      }
    }
    if (model.withoutDiacritics && model.format !== TEXT_MODEL_FORMAT) {
      context.addIssue({ code: "custom", path: ["withoutDiacritics"], message: "only in /2 files" });
    }
    if (model.task === "sentiment" && model.labels.join() !== SENTIMENT_CLASSES.join()) {
      context.addIssue({
        code: "custom",
        path: ["labels"],
        message: `a sentiment model's labels must be ${SENTIMENT_CLASSES.join(", ")}`,
      });
    }
  });
export type TextModel = z.infer<typeof textModelSchema>;

/** A model file's parsed JSON as a TextModel; a TextModelError naming each problem otherwise. */
export function parseTextModel(json: unknown): TextModel {
  const format = (json as { format?: unknown } | null)?.format;
  if (!(TEXT_MODEL_FORMATS as readonly unknown[]).includes(format)) {
    throw new TextModelError(
      `not a touchpoint text model file: format must be ${TEXT_MODEL_FORMATS.join(" or ")} (format is ${format === undefined ? "missing" : JSON.stringify(format)})`,
    );
  }
  const parsed = textModelSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.length > 0 ? issue.path.join(".") : "file"}: ${issue.message}`,
    );
    throw new TextModelError(`not a ${TEXT_MODEL_FORMAT} model file (${problems.join("; ")})`);
  }
  decodedWeights(parsed.data, parsed.data.weights);
  if (parsed.data.withoutDiacritics) decodedWeights(parsed.data, parsed.data.withoutDiacritics.weights);
  return parsed.data;
}

/** Stores the trained weights sparsely: a topic model leaves most of its buckets untouched. */
export function encodeTextModelWeights(
  weights: Float64Array,
  classes: number,
  biases?: ArrayLike<number>,
): TextModel["weights"] {
  const encoded = { encoding: "int8-sqrt-sparse" as const, ...encodeSparseClassWeights(weights, classes, 0) };
  if (!biases) return encoded;
  const first = biases[0] as number;
  return { ...encoded, biases: Array.from(biases, (bias) => Number((bias - first).toPrecision(6)) + 0) };
}

// Decoded once per model object: the CLI scores thousands of texts with one model.
const decoded = new WeakMap<TextModel["weights"], Float32Array>();

function decodedWeights(model: TextModel, encoded: TextModel["weights"]): Float32Array {
  const cached = decoded.get(encoded);
  if (cached) return cached;
  let weights: Float32Array;
  try {
    weights = decodeSparseClassWeights(encoded, model.labels.length, model.features.bits, 0);
  } catch {
    throw new TextModelError("weights: the encoded weights do not fit the model's labels and bits");
  }
  decoded.set(encoded, weights);
  return weights;
}

export interface LabelProbability {
  label: string;
  probability: number;
}

export interface TextModelPrediction {
  label: string;
  /** Every label with its probability, most likely first (ties in the model's label order). */
  probabilities: LabelProbability[];
}

export function predictTextModel(model: TextModel, text: string): TextModelPrediction {
  const { language, bits } = model.features;
  const features = sentimentFeatures(text, language, bits);
  const encoded =
    model.withoutDiacritics && !hasDiacritics(text) ? model.withoutDiacritics.weights : model.weights;
  const probabilities = linearProbabilities(
    decodedWeights(model, encoded),
    features,
    model.labels.length,
    encoded.biases,
  );
  const ranked = model.labels
    .map((label, i) => ({ label, probability: probabilities[i] as number }))
    .sort((a, b) => b.probability - a.probability);
  return { label: (ranked[0] as LabelProbability).label, probabilities: ranked };
}

/**
 * Labels after the most likely one are listed as topics too when at least this likely: a comment can be
 * about two things ("giảng viên tốt nhưng phòng học nóng"), and with 4 classes 0.3 is well above chance.
 */
export const TOPIC_MODEL_MIN_CONFIDENCE = 0.3;

/** A topic model's topics for `text`, most likely first: the top label always, others above the threshold. */
export function textModelTopics(
  model: TextModel,
  text: string,
): { id: string; label: string; confidence: number }[] {
  return predictTextModel(model, text)
    .probabilities.filter((entry, i) => i === 0 || entry.probability >= TOPIC_MODEL_MIN_CONFIDENCE)
    .map(({ label, probability }) => ({ id: label, label, confidence: round(probability) }));
}

/** A sentiment model's verdict in scoreSentiment's shape: the likeliest class, P(positive) − P(negative). */
export function textModelSentiment(model: TextModel, text: string): SentimentResult {
  if (text.trim().length === 0) return { sentiment: "neutral", score: 0 };
  const { label, probabilities } = predictTextModel(model, text);
  const probability = (name: Sentiment) =>
    probabilities.find((entry) => entry.label === name)?.probability ?? 0;
  return { sentiment: label as Sentiment, score: round(probability("positive") - probability("negative")) };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
