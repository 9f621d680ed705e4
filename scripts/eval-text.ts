// `npm run eval:text`: macro-F1, accuracy, per-class F1 and the confusion matrix of the default
// sentiment models on every dev set in ../shared/data (Vietnamese also with its diacritics stripped,
// airline tweets also restricted to the unambiguous ones), with the AFINN and VADER lexicons measured
// in the same run on the English sets; then a topic model trained on UIT-VSFC's train split by
// trainTextModel (what `touchpoint text train` runs) scored on its dev split, and the language-ID
// summary of eval:language. First the customer-service regression set written for this project
// (cx-sentiment-cases.ts, in the repo), then the data sets, then real telecom NPS comments scored
// against the customer's NPS category (never trained on). Prints one JSON line per run; skips the
// data sets cleanly without data.
import { CX_SENTIMENT_CASES } from "../packages/core/src/text/cx-sentiment-cases.ts";
import { scoreSentiment } from "../packages/core/src/text/sentiment.ts";
import { classificationReport } from "../packages/core/src/text/sentiment-metrics.ts";
import { evaluateTextModel, trainTextModel } from "../packages/core/src/text/text-model-training.ts";
import { measureLanguageId } from "./language-accuracy.ts";
import { loadLanguageSets, round, stripDiacritics } from "./language-data.ts";
import { afinnPolarity, afinnScore, vaderPolarity } from "./sentiment-baselines.ts";
import {
  isUnambiguous,
  type LabelledText,
  loadNpsVerbatims,
  loadSentimentSets,
  type Polarity,
} from "./sentiment-data.ts";
import { loadTopicSets } from "./topic-data.ts";

for (const language of ["vi", "en", undefined] as const) {
  const cases = CX_SENTIMENT_CASES.filter((item) => !language || item.language === language);
  const model = summarise(
    cases.map((item) => item.label),
    cases.map(({ text, language }) => scoreSentiment(text, language).sentiment),
    ["negative", "neutral", "positive"],
  );
  console.log(JSON.stringify({ set: `cx-regression ${language ?? "vi + en"}`, texts: cases.length, model }));
}

const sets = loadSentimentSets();
if (sets.length === 0) {
  console.log(JSON.stringify({ skipped: "no data in ../shared/data" }));
  process.exit(0);
}

// AFINN's neutral band is tuned on the airline dev tweets (the only English three-class dev set).
const airline = sets.find((set) => set.name === "en-twitter-airline");
const afinnThreshold = airline ? tuneAfinnThreshold(airline.dev) : 0;

for (const set of sets) {
  const runs: { name: string; texts: LabelledText[] }[] = [{ name: set.name, texts: set.dev }];
  if (set.language === "vi") {
    runs.push({
      name: `${set.name} (no diacritics)`,
      texts: set.dev.map((item) => ({ ...item, text: stripDiacritics(item.text) })),
    });
  }
  if (set.name === "en-twitter-airline") {
    runs.push({ name: `${set.name} (unambiguous)`, texts: set.dev.filter(isUnambiguous) });
  }
  for (const run of runs) {
    const gold = run.texts.map((item) => item.label);
    const report = (predicted: Polarity[]) => summarise(gold, predicted, set.labels);
    const model = report(run.texts.map(({ text }) => scoreSentiment(text, set.language).sentiment));
    const baselines =
      set.language === "en"
        ? {
            afinn: {
              threshold: afinnThreshold,
              ...report(run.texts.map(({ text }) => afinnPolarity(afinnScore(text), afinnThreshold))),
            },
            vader: report(run.texts.map(({ text }) => vaderPolarity(text))),
          }
        : undefined;
    console.log(
      JSON.stringify({ set: run.name, texts: run.texts.length, labels: set.labels, model, baselines }),
    );
  }
}

// Real customer-service comments, labelled by the customer's NPS category: evaluation only.
const verbatims = loadNpsVerbatims();
if (verbatims.length > 0) {
  const polar = verbatims.filter((item) => item.label !== "neutral");
  const runs = [
    {
      name: "en-nps-verbatims-telco (NPS category)",
      texts: verbatims,
      labels: ["negative", "neutral", "positive"],
    },
    {
      name: "en-nps-verbatims-telco (detractors vs promoters)",
      texts: polar,
      labels: ["negative", "positive"],
    },
  ] as const;
  for (const run of runs) {
    const gold = run.texts.map((item) => item.label);
    const report = (predicted: Polarity[]) => summarise(gold, predicted, [...run.labels]);
    console.log(
      JSON.stringify({
        set: run.name,
        texts: run.texts.length,
        labels: run.labels,
        model: report(run.texts.map(({ text }) => scoreSentiment(text, "en").sentiment)),
        baselines: {
          afinn: {
            threshold: afinnThreshold,
            ...report(run.texts.map(({ text }) => afinnPolarity(afinnScore(text), afinnThreshold))),
          },
          vader: report(run.texts.map(({ text }) => vaderPolarity(text))),
        },
      }),
    );
  }
}

for (const set of loadTopicSets()) {
  const started = performance.now();
  const model = trainTextModel(set.train, { task: "topic" });
  const seconds = round((performance.now() - started) / 1000);
  const runs = [
    { name: `${set.name} (text train)`, texts: set.dev },
    {
      name: `${set.name} (text train, no diacritics)`,
      texts: set.dev.map((item) => ({ ...item, text: stripDiacritics(item.text) })),
    },
  ];
  for (const run of runs) {
    const report = evaluateTextModel(model, run.texts);
    console.log(
      JSON.stringify({
        set: run.name,
        texts: run.texts.length,
        labels: model.labels,
        trainedOn: set.train.length,
        trainingSeconds: seconds,
        model: {
          macroF1: round(report.macroF1),
          accuracy: round(report.accuracy),
          f1: Object.fromEntries(
            Object.entries(report.perClass).map(([label, scores]) => [label, round(scores.f1)]),
          ),
          confusion: report.confusion,
        },
      }),
    );
  }
}

const languageSets = loadLanguageSets();
if (languageSets.length > 0) {
  const { summary } = measureLanguageId(languageSets);
  console.log(JSON.stringify({ ...summary, set: "language-id (vi + en dev sets, eval:language)" }));
}

/** Macro-F1 over the set's own labels; the confusion matrix always 3 × 3, neutral predictions included. */
function summarise(gold: Polarity[], predicted: Polarity[], labels: Polarity[]) {
  const report = classificationReport(gold, predicted, labels);
  return {
    macroF1: round(report.macroF1),
    accuracy: round(report.accuracy),
    f1: Object.fromEntries(
      Object.entries(report.perClass).map(([label, scores]) => [label, round(scores.f1)]),
    ),
    confusion: classificationReport(gold, predicted, ["negative", "neutral", "positive"]).confusion,
  };
}

function tuneAfinnThreshold(texts: LabelledText[]): number {
  const scores = texts.map(({ text }) => afinnScore(text));
  const gold = texts.map((item) => item.label);
  let best = { threshold: 0, macroF1: -1 };
  for (let i = 0; i <= 50; i++) {
    const threshold = i / 100;
    const { macroF1 } = classificationReport(
      gold,
      scores.map((score) => afinnPolarity(score, threshold)),
      ["negative", "neutral", "positive"],
    );
    if (macroF1 > best.macroF1 + 1e-9) best = { threshold, macroF1 };
  }
  return best.threshold;
}
