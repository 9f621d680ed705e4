// `touchpoint text analyze`: language, sentiment, topics, aspects and keywords of JSONL texts, from a file
// or stdin to a file or stdout. Needs no server and no database.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { analysisLanguageSchema } from "@touchpoint/core";
import type { Command } from "commander";
import { analyzeLines } from "../../modules/text/analyze-lines.ts";
import { ValidationError } from "../../platform/errors.ts";

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
    .option("--max-length <characters>", "longest text analysed", "10000")
    .action(async (options: { input?: string; output?: string; language: string; maxLength: string }) => {
      const language = analysisLanguageSchema.safeParse(options.language);
      if (!language.success) throw new ValidationError("--language must be auto, vi or en.");
      const maxLength = Number(options.maxLength);
      if (!Number.isInteger(maxLength) || maxLength < 1) {
        throw new ValidationError("--max-length must be a whole number of characters.");
      }
      const input = options.input ? createReadStream(options.input) : process.stdin;
      const output = options.output ? createWriteStream(options.output) : process.stdout;
      let shown = 0;
      const summary = await analyzeLines(input, {
        language: language.data,
        maxLength,
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
}
