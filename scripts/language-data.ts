// Reads the Vietnamese and English text sets in ../shared/data for training and evaluating language
// identification. Sets with an official dev split use it; the others are split by position (every
// fifth text held out), which is fixed and needs no seed. Nothing here is copied into the repository.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type Language = "vi" | "en";

export interface TextSet {
  name: string;
  language: Language;
  train: string[];
  dev: string[];
}

export const DATA_DIR = path.resolve(import.meta.dirname, "../../shared/data");

/** Every set found under DATA_DIR; an empty list when the folder is absent. */
export function loadLanguageSets(dir = DATA_DIR): TextSet[] {
  if (!existsSync(dir)) return [];
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8").replace(/^\uFEFF/, "");
  const has = (file: string) => existsSync(path.join(dir, file));
  const sets: TextSet[] = [];
  const add = (name: string, language: Language, train: string[], dev: string[]) =>
    sets.push({ name, language, train: clean(train), dev: clean(dev) });

  if (has("vi-uit-vsfc/train/sents.txt")) {
    add(
      "vi-uit-vsfc",
      "vi",
      lines(read("vi-uit-vsfc/train/sents.txt")),
      lines(read("vi-uit-vsfc/dev/sents.txt")),
    );
  }
  if (has("vi-uit-visfd/Train.csv")) {
    const comments = (file: string) => column(parseCsv(read(file)), "comment");
    add("vi-uit-visfd", "vi", comments("vi-uit-visfd/Train.csv"), comments("vi-uit-visfd/Dev.csv"));
  }
  for (const domain of ["hotel", "restaurant"]) {
    const base = `vi-vlsp2018-absa/${domain}/`;
    const title = domain[0]?.toUpperCase() + domain.slice(1);
    if (!has(`${base}1-VLSP2018-SA-${title}-train.txt`)) continue;
    const reviews = (file: string) => vlspReviews(read(`${base}${file}`));
    add(
      `vi-vlsp2018-${domain}`,
      "vi",
      reviews(`1-VLSP2018-SA-${title}-train.txt`),
      reviews(`2-VLSP2018-SA-${title}-dev.txt`),
    );
  }
  if (has("vi-aivivn-2019-sentiment/train.crash")) {
    const records = [
      ...read("vi-aivivn-2019-sentiment/train.crash").matchAll(/^train_(\d+)\n"([\s\S]*?)"\n[01]\s*$/gm),
    ];
    const texts = records.map((match) => ({ id: Number(match[1]), text: match[2] ?? "" }));
    add(
      "vi-aivivn-2019",
      "vi",
      texts.filter((record) => record.id % 5 !== 0).map((record) => record.text),
      texts.filter((record) => record.id % 5 === 0).map((record) => record.text),
    );
  }
  if (has("en-twitter-airline-sentiment/Tweets.csv")) {
    const seen = new Set<string>();
    const rows = parseCsv(read("en-twitter-airline-sentiment/Tweets.csv"));
    const header = rows[0] ?? [];
    const [id, text] = [header.indexOf("tweet_id"), header.indexOf("text")];
    const tweets = rows.slice(1).filter((row) => !seen.has(row[id] ?? "") && seen.add(row[id] ?? ""));
    addByPosition(
      "en-twitter-airline",
      "en",
      tweets.map((row) => row[text] ?? ""),
    );
  }
  if (has("en-uci-sentiment-sentences/yelp_labelled.txt")) {
    const sentences = ["amazon_cells", "yelp", "imdb"].flatMap((file) =>
      lines(read(`en-uci-sentiment-sentences/${file}_labelled.txt`)).map((line) =>
        line.replace(/\t[01]\s*$/, ""),
      ),
    );
    addByPosition("en-uci-sentences", "en", sentences);
  }
  if (has("en-nps-verbatims-telco/nps_verbatims.csv")) {
    const verbatims = column(parseCsv(read("en-nps-verbatims-telco/nps_verbatims.csv")), "text");
    addByPosition(
      "en-nps-verbatims",
      "en",
      verbatims.filter((text) => text !== "NA"),
    );
  }
  if (has("en-semeval2014-absa-restaurants/Restaurants_Train_v2.xml")) {
    const xml = read("en-semeval2014-absa-restaurants/Restaurants_Train_v2.xml");
    addByPosition(
      "en-semeval2014",
      "en",
      [...xml.matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) => xmlText(m[1] ?? "")),
    );
  }
  return sets;

  function addByPosition(name: string, language: Language, texts: string[]) {
    add(
      name,
      language,
      texts.filter((_, i) => i % 5 !== 0),
      texts.filter((_, i) => i % 5 === 0),
    );
  }
}

const lines = (text: string) => text.split(/\r?\n/);
const clean = (texts: string[]) => texts.map((text) => text.trim()).filter((text) => text.length > 0);

/** VLSP blocks: "#id", the review (one or more lines), then the "{ASPECT#CATEGORY, polarity}" line. */
function vlspReviews(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => lines(block.trim()).filter((line) => !line.startsWith("#") && !line.startsWith("{")))
    .map((review) => review.join(" "));
}

function column(rows: string[][], name: string): string[] {
  const index = (rows[0] ?? []).indexOf(name);
  return rows.slice(1).map((row) => row[index] ?? "");
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const xmlText = (text: string) =>
  text.replace(/&(#\d+|\w+);/g, (entity, name: string) =>
    name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? entity),
  );

/** A figure as the scripts print it: 4 decimal places. */
export function round(value: number) {
  return Math.round(value * 10_000) / 10_000;
}

// The text without diacritics but with its case: how many people type Vietnamese on a phone.
export { stripDiacritics } from "../packages/core/src/text/topics-matcher.ts";
