// What an import returns and how it fails: the definition, the list of what could not be carried over, and
// one typed error for files that are not the announced format.
import type { SurveyDefinition } from "../definition.ts";

export type UnmappedItem = {
  /** Where in the source file: a question id, "survey", a block id, "page2.visibleIf"… */
  path: string;
  /** What was left behind, in the source's words: "question QID7 (Slider)". */
  what: string;
  reason: string;
};

export type ImportResult = {
  name: string;
  /** Parsed through surveyDefinitionSchema, so defaults are filled and references are checked. */
  definition: SurveyDefinition;
  unmapped: UnmappedItem[];
  warnings: string[];
  /** Source question id (Qualtrics QID, SurveyJS name, LimeSurvey code) → Touchpoint question id. */
  questionIds: Record<string, string>;
};

export type SurveyFormat = "touchpoint" | "surveyjs" | "qualtrics" | "limesurvey";

/** The file cannot be read as the announced format, or nothing in it can become a survey. */
export class SurveyImportError extends Error {
  override readonly name = "SurveyImportError";
  readonly format: SurveyFormat | null;
  readonly details: string[];

  constructor(format: SurveyFormat | null, message: string, details: string[] = []) {
    super(message);
    this.format = format;
    this.details = details;
  }
}

/** Collects, while converting, what was not carried over and what changed on the way. */
export class ImportLog {
  readonly unmapped: UnmappedItem[] = [];
  readonly warnings: string[] = [];

  skip(path: string, what: string, reason: string): void {
    this.unmapped.push({ path, what, reason });
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }
}
