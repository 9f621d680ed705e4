// The domain experts of a sentiment model, for scripts/train-text.ts: per training set a model trained on
// that set alone, and the gate that weighs them (docs/models.md, "Domain experts").
import type { CxSentimentCase } from "../packages/core/src/text/cx-sentiment-cases.ts";
import {
  decodeSparseClassWeights,
  encodeSparseClassWeights,
  trainAveragedLinearWeights,
} from "../packages/core/src/text/linear-model.ts";
import { classificationReport } from "../packages/core/src/text/sentiment-metrics.ts";
import type { SentimentExpert } from "../packages/core/src/text/sentiment-model.ts";
import {
  type SentimentExample,
  trainSentimentWeights,
} from "../packages/core/src/text/sentiment-training.ts";
import {
  type DecodedSentimentModel,
  decodeExpertWeights,
  type EncodedWeights,
  encodeExpertWeights,
  masked,
  mixtureProbabilities,
  SENTIMENT_CLASSES,
} from "../packages/core/src/text/sentiment-weights.ts";
import { round } from "./language-data.ts";
import type { Polarity, SentimentSet } from "./sentiment-data.ts";

/** What a model reads of a text: hashed features, lexicon score and, with a character view, its n-grams. */
export interface ModelInput {
  features: Uint32Array;
  lexicon: number;
  characters: Uint32Array | undefined;
}

export interface ExpertTraining {
  epochs: number;
  seed: number;
  runs: number;
  learningRate: number;
  classWeights: (examples: readonly SentimentExample[]) => [number, number, number];
  /** How much an expert must lift its own set's dev macro-F1 to be kept. */
  devTolerance: number;
  /** Neutral biases tried for each expert. */
  biasGrid: readonly number[];
}

export interface ExpertsInput {
  chosen: SentimentSet[];
  /** Each set's training examples (its unaccented copies included). */
  bySet: Map<string, SentimentExample[]>;
  /** The lexicon's phrases as examples: "anything else" to the gate. */
  lexiconExamples: SentimentExample[];
  /** The customer-service regression set, of this language. */
  cases: readonly CxSentimentCase[];
  /** The general model with its tuned neutral bias and lexicon prior. */
  general: DecodedSentimentModel;
  input: (text: string) => ModelInput;
  training: ExpertTraining;
}

export interface Experts {
  experts: SentimentExpert[];
  gate?: { bits: number; weights: EncodedWeights };
  /** Per set: the general and the expert's dev macro-F1, the CX set's without and with it, kept or not. */
  report: Record<string, unknown>;
}

/**
 * The gate of the domain experts hashes into fewer buckets than the models (the index masked): telling
 * student feedback from phone reviews needs far fewer features than telling their sentiment.
 */
export const GATE_BITS = Number(process.env.SENTIMENT_GATE_BITS ?? 16);
const GATE_EPOCHS = 4;
/** Experts hash into fewer buckets too: each sees one set, and the files stay small (docs/models.md). */
export const EXPERT_BITS = Number(process.env.SENTIMENT_EXPERT_BITS ?? 18);

/**
 * Domain experts (docs/models.md, "Domain experts"): for each training set, a model trained on that set
 * alone, used through a gate that tells which set a text is like. An expert is kept when, mixed in by
 * the gate, it lifts its own set's dev macro-F1 by more than `devTolerance` at its best neutral bias
 * and costs the customer-service regression set nothing: the gate sends service comments mostly to the
 * general model, and this checks that the share it does not is no worse for them. The gate is then
 * retrained over the kept experts plus "anything else" (the other sets and the lexicon's phrases), and
 * each kept expert's neutral bias tuned again with it, on its own set's dev split.
 */
export function trainExperts({
  chosen,
  bySet,
  lexiconExamples,
  cases,
  general,
  input,
  training,
}: ExpertsInput): Experts {
  const candidates = chosen.map((set) => {
    const own = (bySet.get(set.name) ?? []).map(({ features, label }) => ({
      features: masked(features, EXPERT_BITS),
      label,
    }));
    const trained = trainSentimentWeights(own, {
      bits: EXPERT_BITS,
      epochs: training.epochs,
      seed: training.seed,
      runs: training.runs,
      learningRate: training.learningRate,
      classWeights: training.classWeights(own),
    });
    const weights = encodeExpertWeights(trained);
    return { set, weights, decoded: decodeExpertWeights(weights, EXPERT_BITS) };
  });
  const cxSet = { name: "cx-regression", labels: SENTIMENT_CLASSES as unknown as Polarity[] };
  const trainGate = (experts: SentimentSet[]) => {
    const index = new Map(experts.map((set, i) => [set.name, i]));
    const gateExamples = [
      ...chosen.flatMap((set) =>
        (bySet.get(set.name) ?? []).map(({ features }) => ({
          features: masked(features, GATE_BITS),
          label: index.get(set.name) ?? experts.length,
        })),
      ),
      ...lexiconExamples.map(({ features }) => ({
        features: masked(features, GATE_BITS),
        label: experts.length,
      })),
    ];
    const counts = Array.from({ length: experts.length + 1 }, () => 0);
    for (const example of gateExamples) counts[example.label] = (counts[example.label] ?? 0) + 1;
    const trained = trainAveragedLinearWeights(gateExamples, {
      classes: experts.length + 1,
      bits: GATE_BITS,
      epochs: GATE_EPOCHS,
      seed: training.seed,
      runs: 1,
      learningRate: training.learningRate,
      classWeights: counts.map((n) => (gateExamples.length / (counts.length * Math.max(n, 1))) ** 0.5),
    });
    const weights = encodeSparseClassWeights(trained, experts.length + 1, experts.length);
    return {
      weights,
      decoded: decodeSparseClassWeights(weights, experts.length + 1, GATE_BITS, experts.length),
    };
  };
  const macroF1 = (
    model: DecodedSentimentModel,
    set: { name: string; labels: Polarity[] },
    texts: readonly { text: string; label: Polarity }[],
  ) => {
    const predicted = texts.map(({ text }) => {
      const { features, lexicon, characters } = input(text);
      const p = mixtureProbabilities(model, features, lexicon, characters);
      return SENTIMENT_CLASSES[p.indexOf(Math.max(...p))] as Polarity;
    });
    return classificationReport(
      texts.map((item) => item.label),
      predicted,
      set.labels,
    ).macroF1;
  };
  const withExperts = (
    gate: { decoded: Float32Array },
    experts: { decoded: Float32Array; neutralBias: number }[],
  ): DecodedSentimentModel => ({
    ...general,
    experts: experts.map(({ decoded, neutralBias }) => ({
      bits: EXPERT_BITS,
      weights: decoded,
      neutralBias,
    })),
    gate: { bits: GATE_BITS, weights: gate.decoded },
  });
  const bestBias = (
    build: (bias: number) => DecodedSentimentModel,
    set: SentimentSet,
  ): { neutralBias: number; macroF1: number } => {
    let best = { neutralBias: 0, macroF1: -1 };
    for (const bias of [...training.biasGrid].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b)) {
      const score = macroF1(build(bias), set, set.dev);
      if (score > best.macroF1 + 1e-9) best = { neutralBias: bias, macroF1: score };
    }
    return best;
  };

  const generalCx = macroF1(general, cxSet, cases);
  const report: Record<string, unknown> = {};
  const kept: typeof candidates = [];
  for (const candidate of candidates) {
    const gate = trainGate([candidate.set]);
    const build = (bias: number) => withExperts(gate, [{ decoded: candidate.decoded, neutralBias: bias }]);
    const generalDev = macroF1(general, candidate.set, candidate.set.dev);
    const best = bestBias(build, candidate.set);
    const cx = macroF1(build(best.neutralBias), cxSet, cases);
    const keep = best.macroF1 > generalDev + training.devTolerance && cx >= generalCx - 1e-9;
    report[candidate.set.name] = {
      generalDevMacroF1: round(generalDev),
      expertDevMacroF1: round(best.macroF1),
      cxMacroF1: [round(generalCx), round(cx)],
      kept: keep,
    };
    if (keep) kept.push(candidate);
  }
  if (kept.length === 0) return { experts: [], report };
  const gate = trainGate(kept.map(({ set }) => set));
  const biases = kept.map(() => 0);
  kept.forEach((candidate, i) => {
    const build = (bias: number) =>
      withExperts(
        gate,
        kept.map((expert, j) => ({
          decoded: expert.decoded,
          neutralBias: i === j ? bias : (biases[j] ?? 0),
        })),
      );
    biases[i] = bestBias(build, candidate.set).neutralBias;
  });
  return {
    experts: kept.map(({ set, weights }, i) => ({
      domain: set.name,
      bits: EXPERT_BITS,
      neutralBias: biases[i] ?? 0,
      weights,
    })),
    gate: { bits: GATE_BITS, weights: gate.weights },
    report,
  };
}
