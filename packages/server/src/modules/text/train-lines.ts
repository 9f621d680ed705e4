// `touchpoint text train`: reads labelled JSONL `{"text": "…", "label": "…"}` as it streams (a bad line is
// reported with its number and skipped), trains a custom model with core's trainTextModel, scores it on a
// held-out tenth of the input or on --dev, and writes the model file. Needs no server and no database.
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import {
  type ClassificationReport,
  evaluateTextModel,
  type LabelledText,
  type TextModel,
  TextModelError,
  type TextModelTask,
  trainTextModel,
} from "@touchpoint/core";
import { ValidationError } from "../../platform/errors.ts";

export interface TrainModelOptions {
  task: TextModelTask;
  input: string;
  output: string;
  /** Labelled JSONL to evaluate on; without it every tenth input example is held out. */
  dev?: string;
  seed?: number;
  epochs?: number;
  /** Progress, problems with lines and the evaluation, for stderr. */
  report: (message: string) => void;
}

export interface TrainModelSummary {
  model: TextModel;
  trained: number;
  skipped: number;
  evaluation: { on: "held-out" | "dev"; examples: number; report: ClassificationReport<string> };
}

/** The held-out share without --dev: every HOLD_OUT-th example, by position, so no seed is needed. */
const HOLD_OUT = 10;

export async function trainModelFile(options: TrainModelOptions): Promise<TrainModelSummary> {
  const { report } = options;
  const input = await readLabelledFile(options.input, "--input", report);
  report(`read ${input.examples.length} examples from ${options.input} (${input.skipped} lines skipped)`);
  let train = input.examples;
  let evaluation: { on: "held-out" | "dev"; examples: LabelledText[] };
  if (options.dev) {
    const dev = await readLabelledFile(options.dev, "--dev", report);
    evaluation = { on: "dev", examples: dev.examples };
  } else {
    train = input.examples.filter((_, i) => i % HOLD_OUT !== HOLD_OUT - 1);
    evaluation = { on: "held-out", examples: input.examples.filter((_, i) => i % HOLD_OUT === HOLD_OUT - 1) };
  }
  let model: TextModel;
  try {
    model = trainTextModel(train, {
      task: options.task,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
      progress: (done, runs) => report(`trained run ${done} of ${runs} on ${train.length} examples`),
    });
  } catch (error) {
    if (error instanceof TextModelError) throw new ValidationError(`cannot train: ${error.message}`);
    throw error;
  }
  const scores = evaluateTextModel(model, evaluation.examples);
  report(describeEvaluation(evaluation.on, evaluation.examples.length, scores));
  try {
    await writeFile(options.output, `${JSON.stringify(model)}\n`);
  } catch (error) {
    const message = `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    throw new ValidationError(`--output ${options.output}: ${message}`, [{ path: "--output", message }]);
  }
  report(`wrote ${options.output}: ${model.labels.length} labels (${model.labels.join(", ")})`);
  return {
    model,
    trained: train.length,
    skipped: input.skipped,
    evaluation: { on: evaluation.on, examples: evaluation.examples.length, report: scores },
  };
}

/** Labelled examples of a JSONL stream; each unusable line is reported with its number and skipped. */
export async function readLabelledLines(
  input: Readable,
  report: (message: string) => void,
): Promise<{ examples: LabelledText[]; skipped: number }> {
  const examples: LabelledText[] = [];
  let skipped = 0;
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    number += 1;
    if (line.trim() === "") continue;
    const parsed = parseLine(line);
    if (typeof parsed === "string") {
      skipped += 1;
      report(`line ${number}: ${parsed}, skipped`);
    } else examples.push(parsed);
  }
  return { examples, skipped };
}

async function readLabelledFile(file: string, option: string, report: (message: string) => void) {
  try {
    return await readLabelledLines(createReadStream(file), (message) => report(`${file} ${message}`));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const message = code === "ENOENT" ? "no such file" : `cannot be read (${code})`;
    throw new ValidationError(`${option} ${file}: ${message}`, [{ path: option, message }]);
  }
}

/** The example on a line, or what is wrong with it. */
function parseLine(line: string): LabelledText | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const { text, label } = value as { text?: unknown; label?: unknown };
  if (typeof text !== "string" || text.trim() === "") return "text must be a non-empty string";
  if (typeof label !== "string" || label.trim() === "") return "label must be a non-empty string";
  return { text, label: label.trim() };
}

function describeEvaluation(on: "held-out" | "dev", examples: number, scores: ClassificationReport<string>) {
  const source = on === "dev" ? "--dev" : `held-out tenth of the input`;
  const perClass = Object.entries(scores.perClass).map(
    ([label, { f1, support }]) => `  ${label}: F1 ${f1.toFixed(3)} (${support} examples)`,
  );
  return [
    `evaluation on the ${source} (${examples} examples): macro-F1 ${scores.macroF1.toFixed(3)}, accuracy ${scores.accuracy.toFixed(3)}`,
    ...perClass,
  ].join("\n");
}
