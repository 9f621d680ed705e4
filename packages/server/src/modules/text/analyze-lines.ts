// Analyses JSONL lines `{"id": …, "text": "…"}` as they stream: one output line per input line, in order,
// in flat memory. A line that is not JSON is reported with its number and skipped; an input whose text is
// not a string or is too long gets an output line with its id and an error, and the run carries on.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import {
  type AnalysisLanguage,
  analyzeText,
  DEFAULT_MAX_TEXT_LENGTH,
  type Taxonomy,
  type TextModel,
} from "@touchpoint/core";

export interface AnalyzeLinesOptions {
  language?: AnalysisLanguage;
  taxonomy?: Taxonomy;
  /** Custom models from `text train` (see analyzeText's options). */
  topicModel?: TextModel;
  sentimentModel?: TextModel;
  maxLength?: number;
  /** Each output line, without its newline; awaited, so a slow writer holds the reader back. */
  write: (line: string) => void | Promise<void>;
  /** A problem with one input line, for stderr. */
  report?: (message: string) => void;
}

export interface AnalyzeLinesSummary {
  lines: number;
  analysed: number;
  failed: number;
  skipped: number;
}

function problemOf(value: unknown, maxLength: number): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "a line must be a JSON object";
  const { text } = value as { text?: unknown };
  if (typeof text !== "string") return "text must be a string";
  if (text.length > maxLength) return `text is longer than ${maxLength} characters (${text.length})`;
  return null;
}

export async function analyzeLines(
  input: Readable,
  options: AnalyzeLinesOptions,
): Promise<AnalyzeLinesSummary> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const summary: AnalyzeLinesSummary = { lines: 0, analysed: 0, failed: 0, skipped: 0 };
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    summary.lines += 1;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      summary.skipped += 1;
      options.report?.(`line ${summary.lines}: not valid JSON, skipped`);
      continue;
    }
    const id = (value as { id?: unknown } | null)?.id ?? null;
    const problem = problemOf(value, maxLength);
    if (problem) {
      summary.failed += 1;
      options.report?.(`line ${summary.lines} (id ${JSON.stringify(id)}): ${problem}`);
      await options.write(JSON.stringify({ id, error: problem }));
      continue;
    }
    const analysis = analyzeText((value as { text: string }).text, {
      ...(options.language ? { language: options.language } : {}),
      ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
      ...(options.topicModel ? { topicModel: options.topicModel } : {}),
      ...(options.sentimentModel ? { sentimentModel: options.sentimentModel } : {}),
    });
    summary.analysed += 1;
    await options.write(JSON.stringify({ id, ...analysis }));
  }
  return summary;
}
