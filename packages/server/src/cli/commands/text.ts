// `touchpoint text analyze`: language, sentiment, topics, aspects and keywords of JSONL texts, from a file
// or stdin to a file or stdout, optionally with custom models; `touchpoint text train`: trains such a
// model from labelled JSONL. Neither needs a server or a database.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import {
  analysisLanguageSchema,
  DEFAULT_MAX_TEXT_LENGTH,
  TEXT_MODEL_DEFAULTS,
  textModelTaskSchema,
} from "@touchpoint/core";
import type { Command } from "commander";
import { z } from "zod";
import { analyzeLines } from "../../modules/text/analyze-lines.ts";
import { readTextModelFile } from "../../modules/text/text-model-file.ts";
import { trainModelFile } from "../../modules/text/train-lines.ts";
import { ValidationError } from "../../platform/errors.ts";
import { parseOption } from "./parse-option.ts";

interface AnalyzeCommandOptions {
  input?: string;
  output?: string;
  language: string;
  maxLength: string;
  topicModel?: string;
  sentimentModel?: string;
}

const countSchema = z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(1000);
const seedSchema = z.coerce.number().int("must be a whole number").min(0).max(0xffffffff);

async function writeLine(out: Writable, line: string) {
  if (!out.write(`${line}\n`)) await once(out, "drain");
}

export function registerTextCommands(program: Command) {
  const text = program.command("text").description("Analyse customers' own words");
  text
    .command("analyze")
    .description(
      'Read JSONL {"id", "text"} lines and write one JSONL line each: language, sentiment, score, topics, aspects, keywords',
    )
    .option("--input <file>", "JSONL input (stdin when absent)")
    .option("--output <file>", "JSONL output (stdout when absent)")
    .option("--language <language>", "auto, vi or en", "auto")
    .option("--max-length <characters>", "longest text analysed", String(DEFAULT_MAX_TEXT_LENGTH))
    .option("--topic-model <file>", "topics from a model trained with `text train --task topic`")
    .option(
      "--sentiment-model <file>",
      "sentiment and score from a model trained with `text train --task sentiment`",
    )
    .action(async (options: AnalyzeCommandOptions) => {
      const language = analysisLanguageSchema.safeParse(options.language);
      if (!language.success) throw new ValidationError("--language must be auto, vi or en.");
      const maxLength = Number(options.maxLength);
      if (!Number.isInteger(maxLength) || maxLength < 1) {
        throw new ValidationError("--max-length must be a whole number of characters.");
      }
      const topicModel = options.topicModel
        ? await readTextModelFile(options.topicModel, "topic", "--topic-model")
        : undefined;
      const sentimentModel = options.sentimentModel
        ? await readTextModelFile(options.sentimentModel, "sentiment", "--sentiment-model")
        : undefined;
      const input = options.input ? createReadStream(options.input) : process.stdin;
      const output = options.output ? createWriteStream(options.output) : process.stdout;
      let shown = 0;
      const summary = await analyzeLines(input, {
        language: language.data,
        maxLength,
        ...(topicModel ? { topicModel } : {}),
        ...(sentimentModel ? { sentimentModel } : {}),
        write: async (line) => {
          await writeLine(output, line);
          shown += 1;
          if (shown % 10_000 === 0) process.stderr.write(`\ranalysed ${shown} texts`);
        },
        report: (message) => process.stderr.write(`${shown >= 10_000 ? "\n" : ""}${message}\n`),
      });
      if (output !== process.stdout) {
        output.end();
        await once(output, "finish");
      }
      process.stderr.write(
        `\r${summary.analysed} analysed, ${summary.failed} with errors, ${summary.skipped} lines skipped\n`,
      );
      if (summary.failed + summary.skipped > 0) process.exitCode = 2;
    });
  text
    .command("train")
    .description(
      'Train a custom topic or sentiment model from JSONL {"text", "label"} lines; prints a held-out evaluation',
    )
    .requiredOption("--task <task>", "topic (any labels) or sentiment (negative, neutral, positive)")
    .requiredOption("--input <file>", "labelled JSONL to train on")
    .requiredOption("--output <file>", "model file to write (JSON)")
    .option("--dev <file>", "labelled JSONL to evaluate on (default: every tenth input line is held out)")
    .option("--seed <number>", "seed of the shuffles", String(TEXT_MODEL_DEFAULTS.seed))
    .option("--epochs <number>", "passes over the training examples", String(TEXT_MODEL_DEFAULTS.epochs))
    .action(
      async (options: {
        task: string;
        input: string;
        output: string;
        dev?: string;
        seed: string;
        epochs: string;
      }) => {
        await trainModelFile({
          task: parseOption("--task", textModelTaskSchema, options.task),
          input: options.input,
          output: options.output,
          ...(options.dev ? { dev: options.dev } : {}),
          seed: parseOption("--seed", seedSchema, options.seed),
          epochs: parseOption("--epochs", countSchema, options.epochs),
          report: (message) => process.stderr.write(`${message}\n`),
        });
      },
    );
}
