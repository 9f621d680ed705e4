// Evaluation of the default taxonomy against public aspect-labelled reviews (SemEval 2014 restaurants,
// VLSP 2018 restaurant dev), with their categories mapped to our topics. Reports, does not assert:
// run with `EVAL_TOPICS=1 npx vitest run packages/core/src/text/topics-eval.test.ts`; skipped when the
// data in ../shared/data is absent.
import { existsSync, readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { detectTopics } from "./topics.ts";

const DATA = new URL("../../../../../shared/data/", import.meta.url);
const SEMEVAL = new URL("en-semeval2014-absa-restaurants/Restaurants_Train_v2.xml", DATA);
const VLSP = new URL("vi-vlsp2018-absa/restaurant/2-VLSP2018-SA-Restaurant-dev.csv", DATA);
const enabled = process.env.EVAL_TOPICS === "1";

/** Gold category → the topics that count as finding it (any one of them). */
const SEMEVAL_MAP: Record<string, string[]> = {
  service: ["staff_attitude", "waiting_time"],
  price: ["price_fees"],
  food: ["product_quality"],
  ambience: ["facilities"],
};
const VLSP_MAP: Record<string, string[]> = {
  "SERVICE#GENERAL": ["staff_attitude", "waiting_time"],
  "FOOD#PRICES": ["price_fees"],
  "DRINKS#PRICES": ["price_fees"],
  "RESTAURANT#PRICES": ["price_fees"],
  "FOOD#QUALITY": ["product_quality"],
  "DRINKS#QUALITY": ["product_quality"],
  "AMBIENCE#GENERAL": ["facilities"],
};

interface Example {
  text: string;
  gold: Set<string>;
}

function report(name: string, examples: Example[], map: Record<string, string[]>, language: "vi" | "en") {
  const rows: string[] = [];
  const categories = [...new Set(Object.keys(map).map((category) => group(category, map)))];
  for (const category of categories) {
    const topics = new Set(
      Object.entries(map).flatMap(([key, value]) => (group(key, map) === category ? value : [])),
    );
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const example of examples) {
      const found = detectTopics(example.text, { language }).topics.some((topic) => topics.has(topic.id));
      const gold = [...example.gold].some((label) => group(label, map) === category);
      if (found && gold) tp++;
      else if (found) fp++;
      else if (gold) fn++;
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    const f1 = (2 * precision * recall) / (precision + recall || 1);
    rows.push(
      `${category.padEnd(16)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (gold ${tp + fn})`,
    );
  }
  console.log(`${name} (${examples.length} texts)\n${rows.join("\n")}`);
}

/** Categories mapped to the same topics are one row ("price" in VLSP is three categories). */
const group = (category: string, map: Record<string, string[]>) => map[category]?.join("+") ?? "";

describe.skipIf(!enabled || !existsSync(SEMEVAL))("topics on SemEval 2014 restaurants (report)", () => {
  it("prints precision and recall per mapped category", () => {
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === "sentence" || name === "aspectCategory",
    }).parse(readFileSync(SEMEVAL, "utf8")) as {
      sentences: {
        sentence: { text: string; aspectCategories?: { aspectCategory: { "@_category": string }[] } }[];
      };
    };
    const examples = parsed.sentences.sentence.map((sentence) => ({
      text: String(sentence.text),
      gold: new Set(
        (sentence.aspectCategories?.aspectCategory ?? []).map((category) => category["@_category"]),
      ),
    }));
    expect(examples.length).toBeGreaterThan(3000);
    report("SemEval 2014 restaurants, train", examples, SEMEVAL_MAP, "en");
  });
});

describe.skipIf(!enabled || !existsSync(VLSP))("topics on VLSP 2018 restaurant dev (report)", () => {
  it("prints precision and recall per mapped category", () => {
    const [header, ...rows] = parseCsv(readFileSync(VLSP, "utf8").replace(/^\uFEFF/, ""));
    const columns = header ?? [];
    const examples = rows
      .filter((row) => row.length === columns.length)
      .map((row) => ({
        text: row[0] ?? "",
        gold: new Set(columns.slice(1).filter((_, index) => row[index + 1] !== "0")),
      }));
    expect(examples.length).toBeGreaterThan(1000);
    report("VLSP 2018 restaurant, dev", examples, VLSP_MAP, "vi");
  });
});

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
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
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}
