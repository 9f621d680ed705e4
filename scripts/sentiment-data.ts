// Reads the labelled sentiment sets in ../shared/data as (text, negative|neutral|positive) pairs for
// scripts/train-text.ts and scripts/eval-text.ts. Official dev splits where a set has one; otherwise
// the same fixed split as language-data.ts (AIVIVN: ids divisible by 5 held out; airline tweets and
// UCI sentences: every fifth by position). How each set's labels map to 3 classes: docs/models.md.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SentimentLanguage } from "../packages/core/src/text/sentiment-features.ts";
import { DATA_DIR, parseCsv } from "./language-data.ts";

export type Polarity = "negative" | "neutral" | "positive";

export interface LabelledText {
  text: string;
  label: Polarity;
  /** Airline tweets only: the annotators' agreement, 1 for unambiguous tweets. */
  confidence?: number;
}

export interface SentimentSet {
  name: string;
  language: SentimentLanguage;
  /** Labels the gold data uses: binary sets have no neutral (macro-F1 averages over these). */
  labels: Polarity[];
  train: LabelledText[];
  dev: LabelledText[];
}

const ALL: Polarity[] = ["negative", "neutral", "positive"];
const BINARY: Polarity[] = ["negative", "positive"];

/** Every set found under `dir`; an empty list when the folder is absent. */
export function loadSentimentSets(dir = DATA_DIR): SentimentSet[] {
  if (!existsSync(dir)) return [];
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8").replace(/^\uFEFF/, "");
  const has = (file: string) => existsSync(path.join(dir, file));
  const sets: SentimentSet[] = [];
  const keep = (texts: LabelledText[]) => texts.filter((item) => item.text.trim().length > 0);
  const add = (set: SentimentSet) => sets.push({ ...set, train: keep(set.train), dev: keep(set.dev) });

  if (has("vi-uit-vsfc/train/sents.txt")) {
    const split = (name: string) => {
      const texts = lines(read(`vi-uit-vsfc/${name}/sents.txt`));
      const labels = lines(read(`vi-uit-vsfc/${name}/sentiments.txt`));
      return texts.map((text, i) => ({ text, label: ALL[Number(labels[i])] as Polarity }));
    };
    add({ name: "vi-uit-vsfc", language: "vi", labels: ALL, train: split("train"), dev: split("dev") });
  }
  if (has("vi-uit-visfd/Train.csv")) {
    // Stars: 1–2 negative, 3 neutral, 4–5 positive (the customer's own verdict on the whole comment).
    const split = (file: string) => {
      const [header = [], ...rows] = parseCsv(read(`vi-uit-visfd/${file}`));
      const [text, stars] = [header.indexOf("comment"), header.indexOf("n_star")];
      return rows
        .filter((row) => row.length > stars)
        .map((row) => ({ text: row[text] ?? "", label: starPolarity(Number(row[stars])) }));
    };
    add({
      name: "vi-uit-visfd",
      language: "vi",
      labels: ALL,
      train: split("Train.csv"),
      dev: split("Dev.csv"),
    });
  }
  for (const domain of ["hotel", "restaurant"]) {
    const title = domain[0]?.toUpperCase() + domain.slice(1);
    const file = (n: number, split: string) =>
      `vi-vlsp2018-absa/${domain}/${n}-VLSP2018-SA-${title}-${split}.txt`;
    if (!has(file(1, "train"))) continue;
    add({
      name: `vi-vlsp2018-${domain}`,
      language: "vi",
      labels: ALL,
      train: vlspReviews(read(file(1, "train"))),
      dev: vlspReviews(read(file(2, "dev"))),
    });
  }
  if (has("vi-aivivn-2019-sentiment/train.crash")) {
    const records = [
      ...read("vi-aivivn-2019-sentiment/train.crash").matchAll(/^train_(\d+)\n"([\s\S]*?)"\n([01])\s*$/gm),
    ].map((match) => ({
      id: Number(match[1]),
      text: match[2] ?? "",
      label: (match[3] === "0" ? "positive" : "negative") as Polarity,
    }));
    const strip = ({ text, label }: LabelledText) => ({ text, label });
    add({
      name: "vi-aivivn-2019",
      language: "vi",
      labels: BINARY,
      train: records.filter((record) => record.id % 5 !== 0).map(strip),
      dev: records.filter((record) => record.id % 5 === 0).map(strip),
    });
  }
  if (has("en-twitter-airline-sentiment/Tweets.csv")) {
    const [header = [], ...rows] = parseCsv(read("en-twitter-airline-sentiment/Tweets.csv"));
    const column = (name: string) => header.indexOf(name);
    const [id, text, label, confidence] = [
      column("tweet_id"),
      column("text"),
      column("airline_sentiment"),
      column("airline_sentiment_confidence"),
    ];
    const seen = new Set<string>();
    const tweets = rows
      .filter((row) => row.length > text && !seen.has(row[id] ?? "") && seen.add(row[id] ?? ""))
      .map((row) => ({
        text: row[text] ?? "",
        label: row[label] as Polarity,
        confidence: Number(row[confidence]),
      }));
    add({ name: "en-twitter-airline", language: "en", labels: ALL, ...byPosition(tweets) });
  }
  if (has("en-uci-sentiment-sentences/yelp_labelled.txt")) {
    const sentences = ["amazon_cells", "yelp", "imdb"].flatMap((file) =>
      lines(read(`en-uci-sentiment-sentences/${file}_labelled.txt`))
        .map((line) => line.match(/^(.*)\t([01])\s*$/))
        .filter((match) => match !== null)
        .map((match) => ({
          text: match[1] ?? "",
          label: (match[2] === "1" ? "positive" : "negative") as Polarity,
        })),
    );
    add({ name: "en-uci-sentences", language: "en", labels: BINARY, ...byPosition(sentences) });
  }
  return sets;
}

/** The unambiguous airline tweets: all annotators agreed (airline_sentiment_confidence = 1). */
/**
 * The UK telecom NPS verbatims (en-nps-verbatims-telco, evaluation only: never trained on), labelled
 * by the customer's own score: detractor (0–6) → negative, passive (7–8) → neutral, promoter (9–10) →
 * positive. A score is not a sentiment annotation (a detractor may write a neutral fact), so this
 * measures agreement with what customers felt, on real customer-service comments.
 */
export function loadNpsVerbatims(dir = DATA_DIR): LabelledText[] {
  const file = path.join(dir, "en-nps-verbatims-telco/nps_verbatims.csv");
  if (!existsSync(file)) return [];
  const [header = [], ...rows] = parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  const [rating, text] = [header.indexOf("NPS_RATING"), header.indexOf("text")];
  const labels: Record<string, Polarity> = {
    Detractor: "negative",
    Passive: "neutral",
    Promoter: "positive",
  };
  return rows
    .map((row) => ({ text: row[text] ?? "", label: labels[row[rating] ?? ""] }))
    .filter((item): item is LabelledText => item.label !== undefined && item.text.trim().length > 0);
}

export const isUnambiguous = (item: LabelledText) => item.confidence === undefined || item.confidence >= 1;

function starPolarity(stars: number): Polarity {
  return stars <= 2 ? "negative" : stars === 3 ? "neutral" : "positive";
}

/**
 * A VLSP review's polarity from its aspect labels: the majority of positive vs negative aspects;
 * a tie (mixed, or only neutral aspects) is neutral.
 */
function vlspReviews(text: string): LabelledText[] {
  return text.split(/\r?\n\s*\r?\n/).flatMap((block) => {
    const blockLines = lines(block.trim()).filter((line) => !line.startsWith("#"));
    const labelLine = blockLines.findLast((line) => line.startsWith("{")) ?? "";
    const review = blockLines.filter((line) => !line.startsWith("{")).join(" ");
    if (!review) return [];
    const count = (polarity: string) => labelLine.split(`, ${polarity}}`).length - 1;
    const balance = count("positive") - count("negative");
    const label: Polarity = balance > 0 ? "positive" : balance < 0 ? "negative" : "neutral";
    return [{ text: review, label }];
  });
}

function byPosition(texts: LabelledText[]) {
  return { train: texts.filter((_, i) => i % 5 !== 0), dev: texts.filter((_, i) => i % 5 === 0) };
}

const lines = (text: string) => text.split(/\r?\n/);
