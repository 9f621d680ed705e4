// Reads the labelled topic sets in ../shared/data as (text, label) pairs for scripts/eval-text.ts: so far
// UIT-VSFC's topics (0 lecturer, 1 training_program, 2 facility, 3 others), official train and dev splits.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { LabelledText } from "../packages/core/src/text/text-model-training.ts";
import { DATA_DIR } from "./language-data.ts";

export interface TopicSet {
  name: string;
  train: LabelledText[];
  dev: LabelledText[];
}

const VSFC_TOPICS = ["lecturer", "training_program", "facility", "others"];

/** Every topic set found under `dir`; an empty list when the folder is absent. */
export function loadTopicSets(dir = DATA_DIR): TopicSet[] {
  if (!existsSync(path.join(dir, "vi-uit-vsfc/train/topics.txt"))) return [];
  const read = (file: string) =>
    readFileSync(path.join(dir, "vi-uit-vsfc", file), "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
  const split = (name: string) => {
    const labels = read(`${name}/topics.txt`);
    return read(`${name}/sents.txt`).flatMap((text, i) => {
      const label = VSFC_TOPICS[Number(labels[i])];
      return text.trim().length > 0 && label !== undefined ? [{ text, label }] : [];
    });
  };
  return [{ name: "vi-uit-vsfc topic", train: split("train"), dev: split("dev") }];
}
